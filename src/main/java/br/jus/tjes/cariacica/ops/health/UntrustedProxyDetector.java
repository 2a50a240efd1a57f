package br.jus.tjes.cariacica.ops.health;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Notices a reverse proxy that is not on {@code COURT_TRUSTED_PROXIES}: a request that
 * carries {@code X-Forwarded-For} and comes from a private, loopback or link-local
 * address that the setting does not match. Tomcat then ignores the header, so every
 * citizen shares the proxy's address: the chat's limit per address becomes the whole
 * site's, and one attacker's wrong logins block everyone. The first such request is
 * logged at WARN; the {@code environment} check reports it as DEGRADED from then on.
 * <p>
 * Tomcat's remote IP valve has already run: a trusted proxy's header was consumed and the
 * address replaced, so a header still present from a private address means an untrusted
 * hop.
 */
class UntrustedProxyDetector extends OncePerRequestFilter {

    static final String SETTING = "COURT_TRUSTED_PROXIES";

    private static final Logger log = LoggerFactory.getLogger(UntrustedProxyDetector.class);

    private final Pattern trusted;

    private final AtomicReference<String> firstUntrusted = new AtomicReference<>();

    /**
     * A detector for the proxies Tomcat trusts.
     * @param trustedProxies the regular expression Tomcat trusts
     * ({@code server.tomcat.remoteip.internal-proxies})
     */
    UntrustedProxyDetector(String trustedProxies) {
        this.trusted = Pattern.compile((trustedProxies != null) ? trustedProxies : "");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (this.firstUntrusted.get() == null && request.getHeader("X-Forwarded-For") != null) {
            inspect(request.getRemoteAddr());
        }
        chain.doFilter(request, response);
    }

    /**
     * The address of the first untrusted proxy seen, if any.
     * @return the address, or {@code null}
     */
    String untrustedProxy() {
        return this.firstUntrusted.get();
    }

    /**
     * The message for operators, naming the setting to change.
     * @return a sentence, or {@code null} while no untrusted proxy was seen
     */
    String message() {
        String address = untrustedProxy();
        return (address != null) ? "Requests with X-Forwarded-For arrive from " + address + ", which " + SETTING
                + " does not trust: every client shares that address for rate limits and login throttles. Add the"
                + " proxy to " + SETTING + " (see README)." : null;
    }

    private void inspect(String remoteAddress) {
        if (remoteAddress == null || this.trusted.matcher(remoteAddress).matches() || !isPrivate(remoteAddress)) {
            return;
        }
        if (this.firstUntrusted.compareAndSet(null, remoteAddress)) {
            log.warn(message());
        }
    }

    /**
     * Whether an address is one a reverse proxy of the site's own network has: private
     * (10/8, 172.16/12, 192.168/16, fc00::/7), loopback or link-local.
     * @param address an IP address as Tomcat reports it
     * @return {@code true} for such an address
     */
    static boolean isPrivate(String address) {
        // Literals only, so the lookup below never asks DNS.
        boolean literal = address.matches("\\d{1,3}(\\.\\d{1,3}){3}")
                || (address.contains(":") && address.matches("[0-9a-fA-F:.%]+"));
        if (!literal) {
            return false;
        }
        try {
            InetAddress parsed = InetAddress.getByName(address);
            byte[] bytes = parsed.getAddress();
            boolean uniqueLocal = bytes.length == 16 && (bytes[0] & 0xFE) == 0xFC;
            return parsed.isSiteLocalAddress() || parsed.isLoopbackAddress() || parsed.isLinkLocalAddress()
                    || uniqueLocal;
        }
        catch (UnknownHostException ex) {
            return false;
        }
    }

}
