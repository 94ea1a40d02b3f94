package org.luoshi.publication;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.LongFunction;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The portal's latest publications as an Atom 1.0 feed; the XML writer escapes every text. */
public final class AtomFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {}

    /** @param link the absolute URL of an article by its id */
    public static String write(
            List<PortalQueries.Entry> entries, String selfUrl, String portalUrl, LongFunction<String> link) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(ATOM);
            text(x, "title", "政府信息公开 · 政府工作报告执行");
            text(x, "id", portalUrl);
            linkTo(x, "self", selfUrl);
            linkTo(x, "alternate", portalUrl);
            OffsetDateTime updated = entries.isEmpty()
                    ? OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)
                    : entries.get(0).publishedAt();
            text(x, "updated", stamp(updated));
            x.writeStartElement("author");
            text(x, "name", "luoshi");
            x.writeEndElement();
            for (PortalQueries.Entry e : entries) {
                x.writeStartElement("entry");
                text(x, "title", e.title());
                text(x, "id", link.apply(e.id()));
                linkTo(x, "alternate", link.apply(e.id()));
                text(x, "updated", stamp(e.publishedAt()));
                text(x, "published", stamp(e.publishedAt()));
                text(x, "summary", "索引号 " + e.indexNumber() + ",发布机构 " + e.publisher() + ",组配分类 " + e.category());
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(value == null ? "" : strip(value));
        x.writeEndElement();
    }

    /** Characters XML 1.0 cannot hold are dropped; the writer escapes the rest. */
    private static String strip(String value) {
        return value.codePoints()
                .filter(c -> c >= 0x20 || c == '\n' || c == '\t')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    private static void linkTo(XMLStreamWriter x, String rel, String href) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("href", href);
    }

    private static String stamp(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
