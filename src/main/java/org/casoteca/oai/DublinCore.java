package org.casoteca.oai;

import java.util.LinkedHashSet;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.casoteca.casestudy.PublishedVersion;
import org.casoteca.content.CaseStudySource;
import org.casoteca.content.FrontMatter;
import org.casoteca.content.Taxonomy;

/**
 * A case study in simple Dublin Core ({@code oai_dc}): one record for all its language versions,
 * the language-dependent elements tagged with {@code xml:lang}.
 */
final class DublinCore {

  private DublinCore() {}

  static void write(XMLStreamWriter x, OaiRecord record, String site, Taxonomy taxonomy)
      throws XMLStreamException {
    x.writeStartElement("oai_dc", "dc", OaiPmh.OAI_DC);
    x.writeNamespace("oai_dc", OaiPmh.OAI_DC);
    x.writeNamespace("dc", OaiPmh.DC);
    x.writeAttribute(
        OaiPmh.XSI,
        "schemaLocation",
        OaiPmh.OAI_DC + " http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
    for (PublishedVersion v : record.caseStudy().versions()) {
      element(x, "title", v.frontMatter().title(), v.lang());
    }
    element(x, "creator", "Casoteca", null);
    for (PublishedVersion v : record.caseStudy().versions()) {
      for (String theme : v.frontMatter().themes()) {
        element(x, "subject", taxonomy.themes().label(theme, v.lang()), v.lang());
      }
    }
    for (PublishedVersion v : record.caseStudy().versions()) {
      element(x, "description", v.frontMatter().summary(), v.lang());
    }
    element(x, "publisher", "Casoteca", null);
    FrontMatter first = record.caseStudy().versions().get(0).frontMatter();
    if (first.leadAgency() != null) {
      element(x, "contributor", first.leadAgency(), null);
    }
    element(x, "date", first.updated().toString(), null);
    element(x, "type", "Text", null);
    for (PublishedVersion v : record.caseStudy().versions()) {
      element(
          x,
          "type",
          taxonomy.collections().label(record.caseStudy().collection(), v.lang()),
          v.lang());
    }
    element(x, "format", "text/html", null);
    for (PublishedVersion v : record.caseStudy().versions()) {
      element(x, "identifier", site + "/" + v.lang() + "/case-studies/" + record.id(), null);
    }
    Set<String> sources = new LinkedHashSet<>();
    record.caseStudy().versions().stream()
        .flatMap(v -> v.frontMatter().sources().stream())
        .map(CaseStudySource::url)
        .forEach(sources::add);
    for (String url : sources) {
      element(x, "source", url, null);
    }
    for (PublishedVersion v : record.caseStudy().versions()) {
      element(x, "language", v.lang(), null);
    }
    for (String country : first.countries()) {
      for (PublishedVersion v : record.caseStudy().versions()) {
        element(x, "coverage", taxonomy.countryLabel(country, v.lang()), v.lang());
      }
    }
    element(x, "rights", first.license(), null);
    x.writeEndElement();
  }

  private static void element(XMLStreamWriter x, String name, String value, String lang)
      throws XMLStreamException {
    if (value == null || value.isBlank()) {
      return;
    }
    x.writeStartElement("dc", name, OaiPmh.DC);
    if (lang != null) {
      x.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", lang);
    }
    x.writeCharacters(value);
    x.writeEndElement();
  }
}
