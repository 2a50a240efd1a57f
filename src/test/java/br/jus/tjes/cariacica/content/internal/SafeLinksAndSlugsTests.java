package br.jus.tjes.cariacica.content.internal;

import br.jus.tjes.cariacica.content.ContentRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SafeLinksAndSlugsTests {

    @Test
    void onlyWebMailAndPhoneLinksAreSafeWhateverTheirCaseOrSpacing() {
        assertThat(SafeLinks.isSafe("https://www.tjes.jus.br/balcao-virtual/")).isTrue();
        assertThat(SafeLinks.isSafe("mailto:vara@tjes.jus.br")).isTrue();
        assertThat(SafeLinks.isSafe("tel:+55 (27) 3246-5600")).isTrue();
        assertThat(SafeLinks.isSafe("javascript:alert(1)")).isFalse();
        assertThat(SafeLinks.isSafe("  JavaScript:alert(1)")).isFalse();
        assertThat(SafeLinks.isSafe("data:text/html,<script>alert(1)</script>")).isFalse();
        assertThat(SafeLinks.isSafe("https://x.example/\"onmouseover=alert(1)")).isFalse();
        assertThat(SafeLinks.isSafe("tel:alert(1)")).isFalse();
        assertThat(SafeLinks.orNull("vbscript:msgbox(1)")).isNull();
    }

    @Test
    void aSlugIsMadeFromTheTitleWithoutAccentsOrPunctuation() {
        assertThat(Slugs.from("Recesso forense: 20/12 a 6/1 — atenção!"))
            .isEqualTo("recesso-forense-20-12-a-6-1-atencao");
        assertThat(Slugs.choose("", "Certidão de objeto e pé")).isEqualTo("certidao-de-objeto-e-pe");
        assertThat(Slugs.choose(" meu-aviso ", "ignorado")).isEqualTo("meu-aviso");
        assertThatThrownBy(() -> Slugs.choose("", "!!! ???")).isInstanceOf(ContentRuleException.class);
        assertThatThrownBy(() -> Slugs.choose("Com Espaço", "x")).isInstanceOf(ContentRuleException.class);
    }

}
