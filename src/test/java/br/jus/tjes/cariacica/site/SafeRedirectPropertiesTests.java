package br.jus.tjes.cariacica.site;

import java.nio.charset.StandardCharsets;

import br.jus.tjes.cariacica.support.BrowserUrls;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SafeRedirect} against hostile return addresses: whatever it lets through, a
 * browser following it stays on the site ({@link BrowserUrls} models the browser), also
 * once percent-decoded, and is printable ASCII.
 */
class SafeRedirectPropertiesTests {

    @Property(tries = 2000)
    void whateverIsAcceptedKeepsTheBrowserOnTheSite(@ForAll("hostile") String candidate) {
        String result = SafeRedirect.localPath(candidate);

        assertThat(result).isIn("/", candidate);
        assertThat(BrowserUrls.staysOnSite(result)).as("%s -> %s", escape(candidate), escape(result)).isTrue();
        assertThat(BrowserUrls.staysOnSite(decodedOrRoot(result))).as("decoded %s", escape(result)).isTrue();
        assertThat(result.chars().allMatch((c) -> c > ' ' && c < 0x7F && c != '\\')).as(escape(result)).isTrue();
    }

    @Property(tries = 500)
    void aPlainPathOnTheSiteIsKept(@ForAll("plainPaths") String path) {
        assertThat(SafeRedirect.localPath(path)).isEqualTo(path);
    }

    @Example
    void theReportedTabBeforeASecondSlashIsRefused() {
        assertThat(SafeRedirect.localPath("/\t/evil.example")).isEqualTo("/");
        assertThat(SafeRedirect.localPath("/%09/evil.example")).isEqualTo("/");
        assertThat(SafeRedirect.localPath("/%2F/evil.example")).isEqualTo("/");
        assertThat(SafeRedirect.localPath("/%5Cevil.example")).isEqualTo("/");
        assertThat(SafeRedirect.localPath("/ /evil.example")).isEqualTo("/");
        assertThat(SafeRedirect.localPath("/pauta?tipo=CONCILIACAO")).isEqualTo("/pauta?tipo=CONCILIACAO");
        assertThat(SafeRedirect.localPath("/busca?q=certid%C3%A3o")).isEqualTo("/busca?q=certid%C3%A3o");
    }

    @Provide
    Arbitrary<String> hostile() {
        return BrowserUrls.hostileReturnAddresses();
    }

    @Provide
    Arbitrary<String> plainPaths() {
        Arbitrary<String> segment = Arbitraries.strings()
            .withCharRange('a', 'z')
            .numeric()
            .ofMinLength(1)
            .ofMaxLength(12);
        return segment.list().ofMinSize(1).ofMaxSize(4).map((l) -> "/" + String.join("/", l));
    }

    private static String decodedOrRoot(String value) {
        try {
            return UriUtils.decode(value, StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException ex) {
            return "/";
        }
    }

    private static String escape(String text) {
        var out = new StringBuilder();
        text.codePoints().forEach((c) -> out.append((c < 0x20 || c > 0x7E) ? String.format("\\u%04X", c) : (char) c));
        return out.toString();
    }

}
