package br.jus.tjes.cariacica.site;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import br.jus.tjes.cariacica.content.SiteContent;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /robots.txt} and {@code /sitemap.xml}, with absolute addresses from
 * {@code court.site.public-base-url}.
 */
@Controller
class SearchEnginesController {

    static final List<String> FIXED_PAGES = List.of("/", "/a-vara", "/atendimento", "/servicos", "/avisos",
            "/perguntas-frequentes", "/pauta", "/consulta-processual", "/acessibilidade", "/privacidade");

    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final SiteContent content;

    private final SiteProperties properties;

    private final Clock clock;

    SearchEnginesController(SiteContent content, SiteProperties properties, Clock clock) {
        this.content = content;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        String body = String.join("\n", "User-agent: *", "Disallow: /admin/", "Disallow: /api/", "Disallow: /busca",
                "Disallow: /contraste", "Sitemap: " + this.properties.baseAddress() + "/sitemap.xml", "");
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
            .body(body);
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() {
        var now = this.clock.instant();
        var paths = new ArrayList<>(FIXED_PAGES);
        this.content.serviceGuides().forEach((guide) -> paths.add("/servicos/" + guide.slug()));
        this.content.publishedNotices()
            .stream()
            .filter((notice) -> notice.isVisibleAt(now))
            .forEach((notice) -> paths.add("/avisos/" + notice.slug()));
        String base = this.properties.baseAddress();
        String body = XmlDocuments.write("sitemap", (xml) -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            for (String path : paths) {
                xml.writeStartElement("url");
                XmlDocuments.element(xml, "loc", base + path);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
        return ResponseEntity.ok()
            .contentType(new MediaType("application", "xml", java.nio.charset.StandardCharsets.UTF_8))
            .body(body);
    }

}
