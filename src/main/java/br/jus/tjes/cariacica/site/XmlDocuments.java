package br.jus.tjes.cariacica.site;

import java.io.StringWriter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The XML documents the site serves (the notices feed, the sitemap), written with StAX so
 * that every text is escaped by the XML writer.
 */
final class XmlDocuments {

    private XmlDocuments() {
    }

    /**
     * Writes one UTF-8 document.
     * @param what what the document is, for the error when it cannot be written
     * @param body writes the root element and everything in it
     * @return the document
     */
    static String write(String what, Body body) {
        var out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        }
        catch (XMLStreamException ex) {
            throw new IllegalStateException("Could not write the " + what, ex);
        }
        return out.toString();
    }

    /**
     * Writes an element holding only text.
     * @param xml the writer
     * @param name the element's name
     * @param text its text, escaped by the writer
     * @throws XMLStreamException when the writer fails
     */
    static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** The content of a document, between its start and its end. */
    @FunctionalInterface
    interface Body {

        void write(XMLStreamWriter xml) throws XMLStreamException;

    }

}
