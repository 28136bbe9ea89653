package org.opencheckin.admin.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.Writable;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.exceptions.ViewRenderingException;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;

import java.io.IOException;
import java.io.StringWriter;

/**
 * Renders a Thymeleaf view completely before the response starts. The stock renderer returns a
 * {@link Writable} that runs the template while the body is being written, and a template that fails
 * there leaves the browser waiting for ever (micronaut-views issue 832).
 * Rendered here, a failure is an exception of the request, which {@link ErrorPages} turns into the
 * error page. A front-desk page is some tens of kilobytes, so holding it in memory costs little.
 */
@Singleton
@Replaces(ThymeleafViewsRenderer.class)
public class EagerThymeleafViewsRenderer<T> extends ThymeleafViewsRenderer<T> {

    public EagerThymeleafViewsRenderer(AbstractConfigurableTemplateResolver templateResolver, TemplateEngine engine,
                                       ClassPathResourceLoader resourceLoader, HttpLocaleResolver httpLocaleResolver) {
        super(templateResolver, engine, resourceLoader, httpLocaleResolver);
    }

    @Override
    @NonNull
    public Writable render(@NonNull String viewName, @Nullable T data, @Nullable HttpRequest<?> request) {
        StringWriter page = new StringWriter(8192);
        try {
            super.render(viewName, data, request).writeTo(page);
        } catch (IOException e) {
            throw new ViewRenderingException("view " + viewName + " did not render", e);
        }
        String html = page.toString();
        return out -> out.write(html);
    }
}
