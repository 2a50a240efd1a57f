package br.jus.tjes.cariacica.site;

import java.time.Instant;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import br.jus.tjes.cariacica.content.Notice;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The notices as an Atom 1.0 feed.
 */
@Component
class AtomFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final SiteProperties properties;

    private final MessageSource messages;

    AtomFeed(SiteProperties properties, MessageSource messages) {
        this.properties = properties;
        this.messages = messages;
    }

    String render(List<Notice> notices) {
        String base = this.properties.baseAddress();
        return XmlDocuments.write("notices feed", (xml) -> {
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", "pt-BR");
            XmlDocuments.element(xml, "id", base + "/avisos");
            XmlDocuments.element(xml, "title",
                    this.messages.getMessage("avisos.feed.titulo", null, LocaleContextHolder.getLocale()));
            Instant updated = notices.stream().map(Notice::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
            XmlDocuments.element(xml, "updated", updated.toString());
            link(xml, "self", base + "/avisos/feed.xml");
            link(xml, "alternate", base + "/avisos");
            xml.writeStartElement("author");
            XmlDocuments.element(xml, "name",
                    this.messages.getMessage("site.nome", null, LocaleContextHolder.getLocale()));
            xml.writeEndElement();
            for (Notice notice : notices) {
                xml.writeStartElement("entry");
                XmlDocuments.element(xml, "id", base + "/avisos/" + notice.slug());
                XmlDocuments.element(xml, "title", notice.title());
                link(xml, "alternate", base + "/avisos/" + notice.slug());
                XmlDocuments.element(xml, "published", notice.publishedAt().toString());
                XmlDocuments.element(xml, "updated", notice.updatedAt().toString());
                XmlDocuments.element(xml, "summary", notice.summary());
                xml.writeStartElement("content");
                xml.writeAttribute("type", "html");
                xml.writeCharacters(notice.bodyHtml());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }

}
