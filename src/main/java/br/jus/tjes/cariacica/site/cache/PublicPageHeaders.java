package br.jus.tjes.cariacica.site.cache;

import br.jus.tjes.cariacica.site.LayoutData;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Marks the GETs of the site module's pages public: {@code Cache-Control: no-cache} lets
 * the browser keep them (its back/forward cache included) but ask again each time, which
 * the entity tag answers with a 304 when nothing changed. Every other response (staff
 * pages, the assistant page, the API) keeps Spring Security's {@code no-store}, and the
 * page cache stores only what carries this mark.
 */
class PublicPageHeaders implements HandlerInterceptor {

    static final String CACHE_CONTROL = "no-cache";

    /** The contrast cookie changes the page, and so does the accepted encoding. */
    static final String VARY = "Accept-Encoding, Cookie";

    private static final String SITE_PACKAGE = LayoutData.class.getPackageName();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if ("GET".equals(request.getMethod()) && handler instanceof HandlerMethod method
                && SITE_PACKAGE.equals(method.getBeanType().getPackageName())) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
            response.setHeader(HttpHeaders.VARY, VARY);
        }
        return true;
    }

}
