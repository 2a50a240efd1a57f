package br.jus.tjes.cariacica.site;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import br.jus.tjes.cariacica.content.Notice;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The notices as an Atom 1.0 feed; written with StAX so every text is escaped by the XML
 * writer.
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
        String base = baseUrl();
        var out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", "pt-BR");
            element(xml, "id", base + "/avisos");
            element(xml, "title",
                    this.messages.getMessage("avisos.feed.titulo", null, LocaleContextHolder.getLocale()));
            Instant updated = notices.stream().map(Notice::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
            element(xml, "updated", updated.toString());
            link(xml, "self", base + "/avisos/feed.xml");
            link(xml, "alternate", base + "/avisos");
            xml.writeStartElement("author");
            element(xml, "name", this.messages.getMessage("site.nome", null, LocaleContextHolder.getLocale()));
            xml.writeEndElement();
            for (Notice notice : notices) {
                xml.writeStartElement("entry");
                element(xml, "id", base + "/avisos/" + notice.slug());
                element(xml, "title", notice.title());
                link(xml, "alternate", base + "/avisos/" + notice.slug());
                element(xml, "published", notice.publishedAt().toString());
                element(xml, "updated", notice.updatedAt().toString());
                element(xml, "summary", notice.summary());
                xml.writeStartElement("content");
                xml.writeAttribute("type", "html");
                xml.writeCharacters(notice.bodyHtml());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        }
        catch (XMLStreamException ex) {
            throw new IllegalStateException("Could not write the notices feed", ex);
        }
        return out.toString();
    }

    private String baseUrl() {
        String base = this.properties.publicBaseUrl().toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }

}
