package org.opencheckin.kiosk;

import io.micronaut.runtime.Micronaut;
import org.opencheckin.kiosk.vision.cli.FaceCli;

/**
 * Starts the kiosk app (touch UI on {@code micronaut.server.port}, 8090), or, when the first argument is
 * {@code face-verify} or {@code face-eval}, runs the face CLI instead and exits with its status.
 */
public class KioskApplication {

    public static void main(String[] args) {
        if (FaceCli.handles(args)) {
            System.exit(FaceCli.run(args));
        }
        Micronaut.build(args)
                .mainClass(KioskApplication.class)
                .banner(false)
                .start();
    }
}
