package org.opencheckin.admin.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.views.ModelAndView;

import java.util.Map;

/** A page whose template fails while rendering, for the page tests only. */
@Controller("/test")
@Requires(env = PagesOverHttp.BROKEN_VIEW_ENV)
class BrokenViewController {
    @Get("/broken-view")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> broken() {
        return new ModelAndView<>("test/broken", Map.of());
    }
}
