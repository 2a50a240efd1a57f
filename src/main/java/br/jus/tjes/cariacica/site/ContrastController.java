package br.jus.tjes.cariacica.site;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The high-contrast switch without JavaScript: a plain link sets (or clears) a cookie and
 * comes back to the page. It only stores a display preference, so a GET link is enough
 * and needs no session or CSRF token.
 */
@Controller
class ContrastController {

    @GetMapping("/contraste")
    ResponseEntity<Void> switchContrast(@RequestParam(name = "modo", defaultValue = "alto") String mode,
            @RequestParam(name = "voltar", defaultValue = "/") String back) {
        boolean high = "alto".equals(mode);
        var cookie = ResponseCookie.from(LayoutData.CONTRAST_COOKIE, high ? "alto" : "")
            .path("/")
            .maxAge(high ? Duration.ofDays(365) : Duration.ZERO)
            .sameSite("Lax")
            .httpOnly(true)
            .build();
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
            .header(HttpHeaders.SET_COOKIE, cookie.toString())
            .header(HttpHeaders.LOCATION, SafeRedirect.localPath(back))
            .build();
    }

}
