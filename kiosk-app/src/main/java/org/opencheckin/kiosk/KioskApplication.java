package org.opencheckin.kiosk;

import io.micronaut.runtime.Micronaut;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;

/**
 * Starts the kiosk app (touch UI on port 8090), or, when the first argument is {@code face-verify} or
 * {@code face-eval}, runs the vision package's face CLI instead and exits with its status.
 */
public class KioskApplication {

    static final Set<String> FACE_COMMANDS = Set.of("face-verify", "face-eval");
    /** The vision package's CLI entry point; looked up by name so the app starts without it. */
    static final String FACE_CLI = "org.opencheckin.kiosk.vision.cli.FaceCli";

    public static void main(String[] args) {
        if (args.length > 0 && FACE_COMMANDS.contains(args[0])) {
            System.exit(runFaceCli(args));
        }
        Micronaut.build(args)
                .mainClass(KioskApplication.class)
                .banner(false)
                .start();
    }

    /** Runs {@code FaceCli.run(String...)} (returns the exit code) or its {@code main}. */
    static int runFaceCli(String[] args) {
        try {
            Class<?> cli = Class.forName(FACE_CLI);
            try {
                Method run = cli.getMethod("run", String[].class);
                Object code = run.invoke(null, (Object) args);
                return code instanceof Integer i ? i : 0;
            } catch (NoSuchMethodException e) {
                cli.getMethod("main", String[].class).invoke(null, (Object) args);
                return 0;
            }
        } catch (ClassNotFoundException e) {
            System.err.println("face CLI not available in this build (" + FACE_CLI + "); args: "
                    + Arrays.toString(args));
            return 2;
        } catch (InvocationTargetException e) {
            e.getCause().printStackTrace();
            return 1;
        } catch (ReflectiveOperationException e) {
            e.printStackTrace();
            return 1;
        }
    }
}
