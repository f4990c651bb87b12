package org.casoteca.oai;

import jakarta.inject.Singleton;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.casoteca.casestudy.CaseStudies;
import org.casoteca.content.Taxonomy;

/**
 * An OAI-PMH 2.0 repository of the published case studies, in Dublin Core ({@code oai_dc}): the six
 * verbs, selective harvesting by date and set, resumption tokens and the protocol's errors.
 */
@Singleton
class OaiPmh {

  static final String OAI = "http://www.openarchives.org/OAI/2.0/";
  static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";
  static final String DC = "http://purl.org/dc/elements/1.1/";
  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  static final String PREFIX = "oai_dc";

  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern SECOND =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
  private static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "Identify", Set.of(),
          "ListMetadataFormats", Set.of("identifier"),
          "ListSets", Set.of("resumptionToken"),
          "GetRecord", Set.of("identifier", "metadataPrefix"),
          "ListIdentifiers", Set.of("metadataPrefix", "from", "until", "set", "resumptionToken"),
          "ListRecords", Set.of("metadataPrefix", "from", "until", "set", "resumptionToken"));

  private final CaseStudies caseStudies;
  private final Taxonomy taxonomy;
  private final OaiConfiguration configuration;

  OaiPmh(CaseStudies caseStudies, Taxonomy taxonomy, OaiConfiguration configuration) {
    this.caseStudies = caseStudies;
    this.taxonomy = taxonomy;
    this.configuration = configuration;
  }

  /** Answers one request; {@code params} as sent (a repeated argument is an error). */
  String answer(Map<String, List<String>> params, String baseUrl) {
    Map<String, String> args = new LinkedHashMap<>();
    String verb = null;
    OaiError error = null;
    try {
      verb = verb(params);
      args = arguments(params, verb);
      Response r = new Response();
      r.open(baseUrl, verb, args);
      switch (verb) {
        case "Identify" -> identify(r, baseUrl);
        case "ListMetadataFormats" -> listMetadataFormats(r, args);
        case "ListSets" -> listSets(r, args);
        case "GetRecord" -> getRecord(r, args);
        default -> list(r, verb, args);
      }
      return r.close();
    } catch (OaiError e) {
      error = e;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return errorAnswer(baseUrl, verb, error.echoesNoArguments() ? Map.of() : args, error);
  }

  private static String verb(Map<String, List<String>> params) {
    List<String> verbs = params.get("verb");
    if (verbs == null || verbs.isEmpty()) {
      throw new OaiError("badVerb", "The verb argument is missing");
    }
    if (verbs.size() > 1) {
      throw new OaiError("badVerb", "The verb argument is repeated");
    }
    if (!ALLOWED.containsKey(verbs.get(0))) {
      throw new OaiError("badVerb", "Illegal verb");
    }
    return verbs.get(0);
  }

  private static Map<String, String> arguments(Map<String, List<String>> params, String verb) {
    Map<String, String> args = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : params.entrySet()) {
      if (e.getKey().equals("verb")) {
        continue;
      }
      if (!ALLOWED.get(verb).contains(e.getKey())) {
        throw new OaiError("badArgument", "Illegal argument for " + verb + ": " + e.getKey());
      }
      if (e.getValue().size() != 1) {
        throw new OaiError("badArgument", "The argument " + e.getKey() + " is repeated");
      }
      args.put(e.getKey(), e.getValue().get(0));
    }
    if (args.containsKey("resumptionToken") && args.size() > 1) {
      throw new OaiError("badArgument", "resumptionToken is an exclusive argument");
    }
    boolean needsPrefix =
        verb.equals("GetRecord")
            || (verb.startsWith("List")
                && ALLOWED.get(verb).contains("metadataPrefix")
                && !args.containsKey("resumptionToken"));
    if (needsPrefix && !args.containsKey("metadataPrefix")) {
      throw new OaiError("badArgument", "The metadataPrefix argument is required");
    }
    if (verb.equals("GetRecord") && !args.containsKey("identifier")) {
      throw new OaiError("badArgument", "The identifier argument is required");
    }
    return args;
  }

  private void identify(Response r, String baseUrl) throws XMLStreamException {
    XMLStreamWriter x = r.xml;
    x.writeStartElement("Identify");
    r.text("repositoryName", configuration.getRepositoryName());
    r.text("baseURL", baseUrl);
    r.text("protocolVersion", "2.0");
    r.text("adminEmail", configuration.getAdminEmail());
    Instant earliest =
        records().stream()
            .map(OaiRecord::datestamp)
            .min(Comparator.naturalOrder())
            .orElse(Instant.EPOCH);
    r.text("earliestDatestamp", stamp(earliest));
    // Withdrawn case studies are not kept as deleted records.
    r.text("deletedRecord", "no");
    r.text("granularity", "YYYY-MM-DDThh:mm:ssZ");
    x.writeEndElement();
  }

  private void listMetadataFormats(Response r, Map<String, String> args) throws XMLStreamException {
    if (args.containsKey("identifier")) {
      find(args.get("identifier"));
    }
    XMLStreamWriter x = r.xml;
    x.writeStartElement("ListMetadataFormats");
    x.writeStartElement("metadataFormat");
    r.text("metadataPrefix", PREFIX);
    r.text("schema", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
    r.text("metadataNamespace", OAI_DC);
    x.writeEndElement();
    x.writeEndElement();
  }

  private void listSets(Response r, Map<String, String> args) throws XMLStreamException {
    if (args.containsKey("resumptionToken")) {
      // Every set fits in one answer, so no token this repository issued can name a ListSets.
      throw new OaiError("badResumptionToken", "The resumption token is invalid or expired");
    }
    XMLStreamWriter x = r.xml;
    x.writeStartElement("ListSets");
    set(r, "collection", "Colecciones / Collections");
    for (String c : taxonomy.collections().slugs()) {
      set(
          r,
          "collection:" + c,
          taxonomy.collections().label(c, "es") + " / " + taxonomy.collections().label(c, "en"));
    }
    set(r, "country", "Países / Countries");
    for (String c : taxonomy.countries().slugs()) {
      set(
          r,
          "country:" + c,
          taxonomy.countryLabel(c, "es") + " / " + taxonomy.countryLabel(c, "en"));
    }
    x.writeEndElement();
  }

  private static void set(Response r, String spec, String name) throws XMLStreamException {
    r.xml.writeStartElement("set");
    r.text("setSpec", spec);
    r.text("setName", name);
    r.xml.writeEndElement();
  }

  private void getRecord(Response r, Map<String, String> args) throws XMLStreamException {
    prefix(args.get("metadataPrefix"));
    OaiRecord record = find(args.get("identifier"));
    r.xml.writeStartElement("GetRecord");
    record(r, record, true);
    r.xml.writeEndElement();
  }

  private void list(Response r, String verb, Map<String, String> args) throws XMLStreamException {
    ResumptionToken selection;
    if (args.containsKey("resumptionToken")) {
      selection = ResumptionToken.decode(args.get("resumptionToken"), verb);
    } else {
      prefix(args.get("metadataPrefix"));
      selection =
          new ResumptionToken(verb, args.get("set"), args.get("from"), args.get("until"), "");
    }
    Instant[] range = dateRange(selection.from(), selection.until());
    List<OaiRecord> matching = new ArrayList<>();
    for (OaiRecord record : records()) {
      if ((selection.set() == null || record.inSet(selection.set()))
          && (range[0] == null || !record.datestamp().isBefore(range[0]))
          && (range[1] == null || !record.datestamp().isAfter(range[1]))) {
        matching.add(record);
      }
    }
    if (matching.isEmpty()) {
      throw new OaiError("noRecordsMatch", "No records match the arguments");
    }
    int start = 0;
    if (!selection.after().isEmpty()) {
      while (start < matching.size()
          && matching.get(start).id().compareTo(selection.after()) <= 0) {
        start++;
      }
    }
    int end = Math.min(matching.size(), start + configuration.getPageSize());
    XMLStreamWriter x = r.xml;
    x.writeStartElement(verb);
    for (OaiRecord record : matching.subList(start, end)) {
      record(r, record, verb.equals("ListRecords"));
    }
    if (!selection.after().isEmpty() || end < matching.size()) {
      x.writeStartElement("resumptionToken");
      x.writeAttribute("completeListSize", Integer.toString(matching.size()));
      x.writeAttribute("cursor", Integer.toString(start));
      if (end < matching.size()) {
        x.writeCharacters(
            new ResumptionToken(
                    verb,
                    selection.set(),
                    selection.from(),
                    selection.until(),
                    matching.get(end - 1).id())
                .encode());
      }
      x.writeEndElement();
    }
    x.writeEndElement();
  }

  private static void prefix(String prefix) {
    if (!PREFIX.equals(prefix)) {
      throw new OaiError(
          "cannotDisseminateFormat", "Only the metadata format oai_dc is disseminated");
    }
  }

  /** {@code from} and {@code until} as inclusive instants (a day runs to its last second). */
  private static Instant[] dateRange(String from, String until) {
    if (from != null && until != null && from.length() != until.length()) {
      throw new OaiError("badArgument", "from and until must have the same granularity");
    }
    Instant start = date(from, false);
    Instant end = date(until, true);
    if (start != null && end != null && start.isAfter(end)) {
      throw new OaiError("badArgument", "from must not be after until");
    }
    return new Instant[] {start, end};
  }

  private static Instant date(String value, boolean endOfDay) {
    if (value == null) {
      return null;
    }
    try {
      if (DAY.matcher(value).matches()) {
        Instant day = LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
        return endOfDay ? day.plus(1, ChronoUnit.DAYS).minusSeconds(1) : day;
      }
      if (SECOND.matcher(value).matches()) {
        return Instant.parse(value);
      }
    } catch (DateTimeParseException e) {
      // falls through to the protocol error
    }
    throw new OaiError("badArgument", "Dates are YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ");
  }

  private OaiRecord find(String identifier) {
    String prefix = "oai:" + configuration.getRepositoryIdentifier() + ":";
    Optional<OaiRecord> record =
        identifier.startsWith(prefix)
            ? caseStudies.findPublished(identifier.substring(prefix.length())).map(OaiRecord::of)
            : Optional.empty();
    return record.orElseThrow(
        () -> new OaiError("idDoesNotExist", "No record has this identifier"));
  }

  /** Every published case study as a record, in id order. */
  private List<OaiRecord> records() {
    List<OaiRecord> all = new ArrayList<>();
    caseStudies.forEachPublished(200, batch -> batch.forEach(cs -> all.add(OaiRecord.of(cs))));
    all.sort(Comparator.comparing(OaiRecord::id));
    return all;
  }

  private void record(Response r, OaiRecord record, boolean withMetadata)
      throws XMLStreamException {
    XMLStreamWriter x = r.xml;
    if (withMetadata) {
      x.writeStartElement("record");
    }
    x.writeStartElement("header");
    r.text("identifier", "oai:" + configuration.getRepositoryIdentifier() + ":" + record.id());
    r.text("datestamp", stamp(record.datestamp()));
    for (String set : record.sets()) {
      r.text("setSpec", set);
    }
    x.writeEndElement();
    if (withMetadata) {
      x.writeStartElement("metadata");
      DublinCore.write(x, record, r.baseSite, taxonomy);
      x.writeEndElement();
      x.writeEndElement();
    }
  }

  static String stamp(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private String errorAnswer(
      String baseUrl, String verb, Map<String, String> args, OaiError error) {
    try {
      Response r = new Response();
      r.open(baseUrl, error.echoesNoArguments() ? null : verb, args);
      r.xml.writeStartElement("error");
      r.xml.writeAttribute("code", error.code());
      r.xml.writeCharacters(error.getMessage());
      r.xml.writeEndElement();
      return r.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One answer being written: the envelope, and the site address records link to. */
  private static final class Response {
    final StringWriter out = new StringWriter();
    final XMLStreamWriter xml;
    String baseSite = "";

    Response() throws XMLStreamException {
      this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
    }

    void open(String baseUrl, String verb, Map<String, String> args) throws XMLStreamException {
      baseSite = baseUrl.substring(0, baseUrl.length() - "/oai".length());
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("OAI-PMH");
      xml.writeDefaultNamespace(OAI);
      xml.writeNamespace("xsi", XSI);
      xml.writeAttribute(
          XSI, "schemaLocation", OAI + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
      text("responseDate", stamp(Instant.now()));
      xml.writeStartElement("request");
      if (verb != null) {
        xml.writeAttribute("verb", verb);
        for (Map.Entry<String, String> a : args.entrySet()) {
          xml.writeAttribute(a.getKey(), a.getValue());
        }
      }
      xml.writeCharacters(baseUrl);
      xml.writeEndElement();
    }

    void text(String element, String value) throws XMLStreamException {
      xml.writeStartElement(element);
      xml.writeCharacters(value);
      xml.writeEndElement();
    }

    String close() throws XMLStreamException {
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.flush();
      return out.toString();
    }
  }
}
