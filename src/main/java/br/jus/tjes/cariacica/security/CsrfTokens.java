package br.jus.tjes.cariacica.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where a form's CSRF token is kept. A citizen's form ({@code /assistente}, the assistant
 * without JavaScript) keeps it in an HTTP-only cookie of that path, so no citizen ever
 * gets a server session (a crawler would otherwise leave one row in PostgreSQL per visit)
 * and the other pages never receive the cookie. The staff area keeps it in the staff
 * member's session, as its login needs one anyway.
 */
final class CsrfTokens implements CsrfTokenRepository {

    static final String CITIZEN_FORMS = "/assistente";

    static final String CITIZEN_COOKIE = "assistente-csrf";

    private final CsrfTokenRepository staff = new HttpSessionCsrfTokenRepository();

    private final CookieCsrfTokenRepository citizens = new CookieCsrfTokenRepository();

    CsrfTokens() {
        this.citizens.setCookieName(CITIZEN_COOKIE);
        this.citizens.setCookiePath(CITIZEN_FORMS);
        this.citizens.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
    }

    static boolean isCitizenForm(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.equals(CITIZEN_FORMS) || path.startsWith(CITIZEN_FORMS + "/");
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return repository(request).generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        repository(request).saveToken(token, request, response);
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return repository(request).loadToken(request);
    }

    private CsrfTokenRepository repository(HttpServletRequest request) {
        return isCitizenForm(request) ? this.citizens : this.staff;
    }

}
