package org.opencheckin.backend;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import java.util.TimeZone;

/**
 * The hotel backend. Without {@code MICRONAUT_ENVIRONMENTS} it runs the {@code demo}
 * environment on the embedded H2 database under {@code ./data/}.
 */
@OpenAPIDefinition(info = @Info(title = "OpenCheckin hotel backend", version = "v1",
        description = "Kiosk, staff and integration APIs of the OpenCheckin hotel backend"))
public final class BackendApplication {
    private BackendApplication() {
    }

    public static void main(String[] args) {
        // Timestamps are stored as UTC DATETIME(3); the JVM zone must not shift them.
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        Micronaut.build(args)
                .mainClass(BackendApplication.class)
                .defaultEnvironments("demo")
                .start();
    }
}
