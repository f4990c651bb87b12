package org.casoteca.oai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.casoteca.search.IndexFollower;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The OAI-PMH 2.0 endpoint checked against the protocol's rules (the specification's sections on
 * the response format, each verb, selective harvesting, flow control and errors).
 */
@MicronautTest
@Property(name = "casoteca.oai.page-size", value = "7")
class OaiPmhTest {

  private static final String OAI = "http://www.openarchives.org/OAI/2.0/";
  private static final String DC = "http://purl.org/dc/elements/1.1/";
  private static final Pattern UTC_SECONDS =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

  @Inject
  @Client("/")
  HttpClient http;

  @Inject IndexFollower follower;

  @BeforeEach
  void indexCaughtUp() {
    follower.catchUp();
  }

  private Document oai(String query) throws Exception {
    HttpResponse<String> response =
        http.toBlocking().exchange(HttpRequest.GET("/oai?" + query), String.class);
    assertEquals(200, response.getStatus().getCode(), "errors too are answered 200");
    assertTrue(response.getContentType().orElseThrow().toString().startsWith("text/xml"));
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc =
        f.newDocumentBuilder()
            .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    Element root = doc.getDocumentElement();
    assertEquals("OAI-PMH", root.getLocalName());
    assertEquals(OAI, root.getNamespaceURI());
    List<Element> children = children(root);
    assertEquals("responseDate", children.get(0).getLocalName(), "responseDate comes first");
    assertTrue(UTC_SECONDS.matcher(children.get(0).getTextContent()).matches());
    assertEquals("request", children.get(1).getLocalName(), "then request");
    assertTrue(children.get(1).getTextContent().endsWith("/oai"), "request holds the base URL");
    assertEquals(3, children.size(), "then exactly one verb element or error(s)");
    return doc;
  }

  private static List<Element> children(Element parent) {
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < parent.getChildNodes().getLength(); i++) {
      if (parent.getChildNodes().item(i) instanceof Element e) {
        list.add(e);
      }
    }
    return list;
  }

  private static List<String> texts(Document doc, String ns, String name) {
    NodeList nodes = doc.getElementsByTagNameNS(ns, name);
    List<String> values = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      values.add(nodes.item(i).getTextContent());
    }
    return values;
  }

  private static String error(Document doc) {
    NodeList errors = doc.getElementsByTagNameNS(OAI, "error");
    return errors.getLength() == 0 ? null : ((Element) errors.item(0)).getAttribute("code");
  }

  private static Element request(Document doc) {
    return (Element) doc.getElementsByTagNameNS(OAI, "request").item(0);
  }

  @Test
  void identifyDescribesTheRepository() throws Exception {
    Document doc = oai("verb=Identify");
    assertEquals("2.0", texts(doc, OAI, "protocolVersion").get(0));
    assertTrue(texts(doc, OAI, "baseURL").get(0).endsWith("/oai"));
    assertFalse(texts(doc, OAI, "adminEmail").isEmpty());
    assertEquals("YYYY-MM-DDThh:mm:ssZ", texts(doc, OAI, "granularity").get(0));
    assertTrue(UTC_SECONDS.matcher(texts(doc, OAI, "earliestDatestamp").get(0)).matches());
    assertTrue(
        Set.of("no", "persistent", "transient").contains(texts(doc, OAI, "deletedRecord").get(0)));
    assertEquals("Identify", request(doc).getAttribute("verb"));
  }

  @Test
  void oaiDcIsTheOneMetadataFormat() throws Exception {
    Document doc = oai("verb=ListMetadataFormats");
    assertEquals(List.of("oai_dc"), texts(doc, OAI, "metadataPrefix"));
    assertEquals(
        List.of("http://www.openarchives.org/OAI/2.0/oai_dc/"),
        texts(doc, OAI, "metadataNamespace"));
    assertEquals(
        List.of("oai_dc"),
        texts(
            oai("verb=ListMetadataFormats&identifier=oai:casoteca:sv-ciudad-mujer"),
            OAI,
            "metadataPrefix"));
    assertEquals(
        "idDoesNotExist", error(oai("verb=ListMetadataFormats&identifier=oai:casoteca:nothing")));
  }

  @Test
  void setsAreCollectionsAndCountriesWithTheirParents() throws Exception {
    List<String> specs = texts(oai("verb=ListSets"), OAI, "setSpec");
    assertTrue(
        specs.containsAll(
            List.of("collection", "collection:experience", "country", "country:SV", "country:DO")));
    Pattern legal = Pattern.compile("[A-Za-z0-9\\-_.!~*'()]+(:[A-Za-z0-9\\-_.!~*'()]+)*");
    specs.forEach(s -> assertTrue(legal.matcher(s).matches(), s));
    assertEquals(new HashSet<>(specs).size(), specs.size(), "no set twice");
  }

  @Test
  void getRecordGivesDublinCoreInBothLanguages() throws Exception {
    Document doc =
        oai("verb=GetRecord&identifier=oai:casoteca:sv-ciudad-mujer&metadataPrefix=oai_dc");
    assertEquals(List.of("oai:casoteca:sv-ciudad-mujer"), texts(doc, OAI, "identifier"));
    assertTrue(UTC_SECONDS.matcher(texts(doc, OAI, "datestamp").get(0)).matches());
    assertTrue(
        texts(doc, OAI, "setSpec").containsAll(List.of("collection:experience", "country:SV")));
    NodeList titles = doc.getElementsByTagNameNS(DC, "title");
    assertEquals(2, titles.getLength());
    Set<String> langs = new HashSet<>();
    for (int i = 0; i < titles.getLength(); i++) {
      langs.add(
          ((Element) titles.item(i))
              .getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
    }
    assertEquals(Set.of("es", "en"), langs);
    assertTrue(
        texts(doc, DC, "identifier").stream()
            .anyMatch(u -> u.endsWith("/es/case-studies/sv-ciudad-mujer")));
    assertEquals(List.of("Casoteca"), texts(doc, DC, "publisher"));
    assertTrue(texts(doc, DC, "coverage").contains("El Salvador"));
    Element request = request(doc);
    assertEquals("GetRecord", request.getAttribute("verb"));
    assertEquals("oai_dc", request.getAttribute("metadataPrefix"));
  }

  @Test
  void listRecordsPagesWithResumptionTokensUntilTheListIsComplete() throws Exception {
    Document first = oai("verb=ListRecords&metadataPrefix=oai_dc");
    Element token = (Element) first.getElementsByTagNameNS(OAI, "resumptionToken").item(0);
    int total = Integer.parseInt(token.getAttribute("completeListSize"));
    assertTrue(total >= 30, "records: " + total);
    assertEquals("0", token.getAttribute("cursor"));
    List<String> ids = new ArrayList<>(texts(first, OAI, "identifier"));
    assertEquals(7, ids.size());
    int pages = 1;
    while (!token.getTextContent().isEmpty()) {
      String value = token.getTextContent();
      Document next = oai("verb=ListRecords&resumptionToken=" + value);
      assertEquals(value, request(next).getAttribute("resumptionToken"));
      token = (Element) next.getElementsByTagNameNS(OAI, "resumptionToken").item(0);
      assertEquals(Integer.toString(ids.size()), token.getAttribute("cursor"));
      ids.addAll(texts(next, OAI, "identifier"));
      pages++;
      assertTrue(pages < 100);
    }
    assertEquals(total, ids.size(), "every record exactly once");
    assertEquals(total, new HashSet<>(ids).size());
    assertEquals((total + 6) / 7, pages);
  }

  @Test
  void listIdentifiersHarvestsSelectivelyBySetAndDate() throws Exception {
    List<String> salvador =
        texts(oai("verb=ListIdentifiers&metadataPrefix=oai_dc&set=country:SV"), OAI, "identifier");
    assertTrue(salvador.contains("oai:casoteca:sv-ciudad-mujer"));
    assertFalse(salvador.contains("oai:casoteca:gt-mopsic"));
    Document tools = oai("verb=ListIdentifiers&metadataPrefix=oai_dc&set=collection:tool");
    texts(tools, OAI, "identifier")
        .forEach(id -> assertTrue(id.startsWith("oai:casoteca:tool-"), id));
    assertEquals(0, tools.getElementsByTagNameNS(DC, "title").getLength(), "headers only");

    String earliest = texts(oai("verb=Identify"), OAI, "earliestDatestamp").get(0);
    Document all =
        oai("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + earliest.substring(0, 10));
    assertTrue(all.getElementsByTagNameNS(OAI, "header").getLength() > 0);
    String tomorrow = Instant.now().plusSeconds(86_400).toString().substring(0, 10);
    assertEquals(
        "noRecordsMatch",
        error(oai("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + tomorrow)));
    assertEquals(
        "noRecordsMatch",
        error(oai("verb=ListRecords&metadataPrefix=oai_dc&until=2000-01-01T00:00:00Z")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "verb=Nothing|badVerb",
        "foo=bar|badVerb",
        "verb=Identify&verb=Identify|badVerb",
        "verb=Identify&set=x|badArgument",
        "verb=ListRecords|badArgument",
        "verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc|badArgument",
        "verb=ListRecords&metadataPrefix=oai_dc&from=yesterday|badArgument",
        "verb=ListRecords&metadataPrefix=oai_dc&from=2020-01-01&until=2021-01-01T00:00:00Z|badArgument",
        "verb=ListRecords&metadataPrefix=oai_dc&from=2021-01-01&until=2020-01-01|badArgument",
        "verb=GetRecord&metadataPrefix=oai_dc|badArgument",
        "verb=ListIdentifiers&metadataPrefix=oai_dc&resumptionToken=abc|badArgument",
        "verb=ListRecords&metadataPrefix=marc21|cannotDisseminateFormat",
        "verb=GetRecord&identifier=oai:casoteca:sv-ciudad-mujer&metadataPrefix=mods|cannotDisseminateFormat",
        "verb=GetRecord&identifier=oai:casoteca:no-such-case&metadataPrefix=oai_dc|idDoesNotExist",
        "verb=GetRecord&identifier=sv-ciudad-mujer&metadataPrefix=oai_dc|idDoesNotExist",
        "verb=ListRecords&metadataPrefix=oai_dc&set=country:ZZ|noRecordsMatch",
        "verb=ListRecords&resumptionToken=not-a-token|badResumptionToken",
        "verb=ListSets&resumptionToken=abc|badResumptionToken"
      })
  void protocolErrorsAreTheOnesTheProtocolNames(String query, String code) throws Exception {
    Document doc = oai(query);
    assertEquals(code, error(doc), query);
    if (code.equals("badVerb") || code.equals("badArgument")) {
      assertEquals(0, request(doc).getAttributes().getLength(), "no arguments echoed");
    }
  }

  @Test
  void aTokenFromOneVerbIsRefusedByAnother() throws Exception {
    Document first = oai("verb=ListIdentifiers&metadataPrefix=oai_dc");
    String token = first.getElementsByTagNameNS(OAI, "resumptionToken").item(0).getTextContent();
    assertEquals("badResumptionToken", error(oai("verb=ListRecords&resumptionToken=" + token)));
    String encoded =
        UriBuilder.of("/oai")
            .queryParam("verb", "ListIdentifiers")
            .queryParam("resumptionToken", token)
            .build()
            .getRawQuery();
    assertEquals(null, error(oai(encoded)));
  }
}
