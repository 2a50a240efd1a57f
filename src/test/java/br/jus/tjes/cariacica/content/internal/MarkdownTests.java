package br.jus.tjes.cariacica.content.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTests {

    @Test
    void rendersMarkdownToHtml() {
        assertThat(Markdown.toHtml("## Título\n\nTexto **forte** e [link](/atendimento).")).contains("<h2>Título</h2>",
                "<strong>forte</strong>", "href=\"/atendimento\"");
    }

    @Test
    void rawHtmlAndScriptAreShownAsTextNeverAsMarkup() {
        String html = Markdown.toHtml("Olá <script>alert('x')</script> <img src=x onerror=alert(1)>");

        assertThat(html).doesNotContain("<script", "<img", "onerror=\"").contains("&lt;script&gt;");
    }

    @Test
    void dangerousLinkSchemesAreDropped() {
        String html = Markdown.toHtml("[clique](javascript:alert(1)) e [mail](mailto:a@b.c) e [tel](tel:+5527)");

        assertThat(html).doesNotContain("javascript:").contains("mailto:a@b.c", "tel:+5527");
    }

    @Test
    void plainTextHasNoMarkup() {
        assertThat(Markdown.toText("## Título\n\n- item **um**")).isEqualTo("Título item um");
    }

}
