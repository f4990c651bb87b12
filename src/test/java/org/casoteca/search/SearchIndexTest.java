package org.casoteca.search;

import static org.casoteca.search.TestCaseStudies.caseStudy;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.casoteca.casestudy.PublishedCaseStudy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

  static final PublishedCaseStudy POLICING =
      caseStudy("sv-policia")
          .countries("SV")
          .themes("community-policing")
          .populations("police", "communities")
          .rating("effective")
          .startYear(2016)
          .updated("2024-01-10")
          .es(
              "Policía comunitaria en San Salvador",
              "Patrullaje de proximidad con las comunidades.",
              "La policía trabaja con las mujeres de los municipios del área metropolitana."
                  + " Las patrullas visitan cada barrio.")
          .en(
              "Community policing in San Salvador",
              "Proximity patrols with communities.",
              "Police officers work with women in the municipalities of the metropolitan area."
                  + " Programmes visit every neighbourhood.")
          .build();

  static final PublishedCaseStudy GANGS_ES_ONLY =
      caseStudy("gt-pandillas")
          .countries("GT")
          .themes("gangs-and-youth-violence")
          .populations("youth", "gang-members")
          .rating("mixed")
          .startYear(2008)
          .updated("2023-05-01")
          .es(
              "Prevención de pandillas juveniles",
              "Programa con jóvenes en riesgo.",
              "Programa de prevención de la violencia juvenil en barrios de Guatemala con clubes"
                  + " deportivos.")
          .build();

  static final PublishedCaseStudy WOMEN_EN_ONLY =
      caseStudy("hn-mujeres")
          .countries("HN")
          .themes("vawg")
          .populations("women")
          .rating("promising")
          .startYear(2021)
          .updated("2024-06-01")
          .en(
              "Safe spaces for women in Tegucigalpa",
              "Shelters and a hotline for survivors.",
              "A hotline and shelters support survivors of violence against women in Tegucigalpa.")
          .build();

  static final PublishedCaseStudy JUSTICE =
      caseStudy("cr-justicia")
          .countries("CR")
          .themes("access-to-justice", "digital-justice")
          .populations("justice-officials")
          .rating("effective")
          .startYear(2012)
          .updated("2022-03-15")
          .es(
              "Justicia digital en Costa Rica",
              "Tribunales sin papel.",
              "El expediente electrónico redujo la mora judicial. La violencia doméstica se atiende"
                  + " con audiencias virtuales.")
          .en(
              "Digital justice in Costa Rica",
              "Paperless courts.",
              "A blockchain registry records every hearing and judgment.")
          .build();

  static final PublishedCaseStudy SCHOOLS =
      caseStudy("pa-escuelas")
          .countries("PA")
          .themes("violence-prevention", "public-spaces")
          .populations("children", "adolescents")
          .rating("not_evaluated")
          .startYear(2019)
          .updated("2021-09-01")
          .es(
              "Escuelas seguras en Panamá",
              "Entornos escolares protectores.",
              "Las escuelas de Colón crearon comités de convivencia.")
          .en(
              "Safe schools in Panama",
              "Protective school environments.",
              "Schools in Colón created coexistence committees.")
          .build();

  static final PublishedCaseStudy WORKSHOP =
      caseStudy("regional-taller")
          .collection("tool")
          .countries("SV", "GT")
          .themes("vawg", "violence-prevention")
          .populations("women", "girls")
          .rating("practice_based")
          .startYear(null)
          .updated("2020-01-01")
          .es(
              "Árboles y violencia digital",
              "Taller <b>regional</b> sobre acoso en línea.",
              "El taller mostró el código `<script>alert(1)</script>` que usan los acosadores para"
                  + " la violencia digital.")
          .en(
              "Workshop on digital violence",
              "Regional workshop on online harassment.",
              "The workshop showed the code `<script>alert(1)</script>` used by harassers in"
                  + " digital violence.")
          .build();

  static final List<PublishedCaseStudy> ALL =
      List.of(POLICING, GANGS_ES_ONLY, WOMEN_EN_ONLY, JUSTICE, SCHOOLS, WORKSHOP);

  /** The index of {@link #ALL}, shared by the tests that only read it. */
  private static SearchIndex shared;

  private static CaseStudySearcher searcher;
  private static SearchRequestParser parser;

  @BeforeAll
  static void indexAll() throws IOException {
    shared = indexOf(ALL);
    searcher =
        new CaseStudySearcher(shared, TestCaseStudies.taxonomy(), TestCaseStudies.synonyms());
    parser = new SearchRequestParser(TestCaseStudies.taxonomy());
  }

  @AfterAll
  static void close() throws IOException {
    shared.close();
  }

  static SearchIndex indexOf(List<PublishedCaseStudy> caseStudies) throws IOException {
    SearchIndex index = new SearchIndex(new ByteBuffersDirectory());
    index.apply(caseStudies, List.of());
    index.commit(1);
    return index;
  }

  /** Parses alternating parameter names and values (names may repeat) and searches. */
  private static SearchResult search(String... namesAndValues) {
    return search(searcher, namesAndValues);
  }

  private static SearchResult search(SearchIndex index, String... namesAndValues) {
    return search(
        new CaseStudySearcher(index, TestCaseStudies.taxonomy(), TestCaseStudies.synonyms()),
        namesAndValues);
  }

  private static SearchResult search(CaseStudySearcher on, String... namesAndValues) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      params.computeIfAbsent(namesAndValues[i], k -> new ArrayList<>()).add(namesAndValues[i + 1]);
    }
    return on.search(parser.parse(params, "es"));
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchHit::id).toList();
  }

  private static Set<String> idSet(SearchResult result) {
    return Set.copyOf(ids(result));
  }

  private static Map<String, Long> counts(SearchResult result, String facet) {
    Map<String, Long> counts = new LinkedHashMap<>();
    List<FacetCount> values = result.facets().get(facet);
    assertNotNull(values, () -> "no facet " + facet + " in " + result.facets().keySet());
    values.forEach(v -> counts.put(v.value(), v.count()));
    return counts;
  }

  private static SearchHit hit(SearchResult result, String id) {
    return result.hits().stream()
        .filter(h -> h.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " not among " + ids(result)));
  }

  // ---- text matching ----

  @Test
  void queryWithoutAccentsFindsAccentedText() {
    assertEquals(Set.of("sv-policia"), idSet(search("q", "policia")));
    assertEquals(Set.of("pa-escuelas"), idSet(search("q", "PANAMA")));
    assertEquals(Set.of("cr-justicia"), idSet(search("q", "expediente electronico")));
  }

  @Test
  void queryWithAccentsFindsUnaccentedQueryText() {
    assertEquals(Set.of("regional-taller"), idSet(search("q", "árbolés")));
  }

  @Test
  void pluralFindsSingularAndViceVersa() {
    assertEquals(Set.of("sv-policia"), idSet(search("q", "municipio")));
    assertEquals(Set.of("pa-escuelas"), idSet(search("q", "escuela", "lang", "en")));
    assertEquals(Set.of("sv-policia"), idSet(search("q", "programme", "lang", "en")));
  }

  @Test
  void spanishQueryFindsCaseStudyWhoseMatchIsOnlyInItsEnglishVersion() {
    SearchResult result = search("q", "blockchain", "lang", "es");
    assertEquals(List.of("cr-justicia"), ids(result));
    SearchHit hit = result.hits().get(0);
    assertEquals("es", hit.lang());
    assertEquals("Justicia digital en Costa Rica", hit.title());
    // the snippet comes from the version that matched
    assertTrue(hit.snippet().contains("<mark>blockchain</mark>"), hit.snippet());
  }

  @Test
  void englishQueryFindsCaseStudyWhoseMatchIsOnlyInItsSpanishVersion() {
    SearchResult result = search("q", "expediente", "lang", "en");
    assertEquals(List.of("cr-justicia"), ids(result));
    SearchHit hit = result.hits().get(0);
    assertEquals("en", hit.lang());
    assertEquals("Digital justice in Costa Rica", hit.title());
    assertEquals("/en/case-studies/cr-justicia", hit.url());
  }

  @Test
  void hitUsesTheRequestedLanguageWhenTheCaseStudyHasIt() {
    SearchHit en = hit(search("q", "policia", "lang", "en"), "sv-policia");
    assertEquals("en", en.lang());
    assertEquals("Community policing in San Salvador", en.title());
    assertEquals("Proximity patrols with communities.", en.summary());
    assertEquals("/en/case-studies/sv-policia", en.url());
    assertEquals(List.of("es", "en"), en.languages());

    SearchHit es = hit(search("q", "policia", "lang", "es"), "sv-policia");
    assertEquals("es", es.lang());
    assertEquals("Policía comunitaria en San Salvador", es.title());
    assertEquals("/es/case-studies/sv-policia", es.url());
  }

  @Test
  void hitFallsBackToTheOtherLanguageButKeepsTheRequestedLanguageInItsUrl() {
    SearchHit spanishOnly = hit(search("q", "pandillas", "lang", "en"), "gt-pandillas");
    assertEquals("es", spanishOnly.lang());
    assertEquals("Prevención de pandillas juveniles", spanishOnly.title());
    assertEquals("/en/case-studies/gt-pandillas", spanishOnly.url());
    assertEquals(List.of("es"), spanishOnly.languages());

    SearchHit englishOnly = hit(search("q", "Tegucigalpa", "lang", "es"), "hn-mujeres");
    assertEquals("en", englishOnly.lang());
    assertEquals("Safe spaces for women in Tegucigalpa", englishOnly.title());
    assertEquals("/es/case-studies/hn-mujeres", englishOnly.url());
  }

  @Test
  void hitCarriesTheFactsOfTheCaseStudy() {
    SearchHit hit = hit(search("q", "taller"), "regional-taller");
    assertEquals("tool", hit.collection());
    assertEquals(Set.of("SV", "GT"), Set.copyOf(hit.countries()));
    assertEquals(Set.of("vawg", "violence-prevention"), Set.copyOf(hit.themes()));
    assertEquals("practice_based", hit.evidence());
    assertNull(hit.startYear());
    assertEquals(2016, hit(search("q", "policia"), "sv-policia").startYear());
  }

  @Test
  void allWordsAreRequiredWhenSomeDocumentHasThemAll() {
    assertEquals(Set.of("cr-justicia", "regional-taller"), idSet(search("q", "violencia digital")));
    assertEquals(
        Set.of("gt-pandillas", "cr-justicia", "regional-taller"), idSet(search("q", "violencia")));
  }

  @Test
  void queryWhoseFirstWordMatchesNothingStillReturnsWhatTheOtherWordsMatch() {
    SearchResult result = search("q", "zzzxqw policia");
    assertEquals(List.of("sv-policia"), ids(result));
    assertEquals(1, result.total());
  }

  @Test
  void quotedPhraseMatchesOnlyAdjacentWords() {
    SearchResult result = search("q", "\"violencia digital\"");
    assertEquals(List.of("regional-taller"), ids(result));
    assertEquals(1, result.total());
    assertEquals(0, search("q", "\"digital violencia\"").total());
  }

  @Test
  void minusWordExcludes() {
    assertEquals(List.of("gt-pandillas"), ids(search("q", "violencia -digital")));
    SearchResult onlyExclusion = search("q", "-digital");
    assertEquals(
        Set.of("sv-policia", "gt-pandillas", "hn-mujeres", "pa-escuelas"), idSet(onlyExclusion));
    assertEquals(4, onlyExclusion.total());
  }

  @Test
  void excludedWordStaysExcludedWhenTheQueryFallsBackToAnyWord() {
    // gt-pandillas is the only case study about pandillas and it mentions Guatemala.
    SearchResult result = search("q", "pandillas -guatemala");
    assertFalse(
        ids(result).contains("gt-pandillas"),
        () -> "the excluded case study came back: " + ids(result));
  }

  @Test
  void pipeMeansOr() {
    assertEquals(
        List.of("pa-escuelas", "hn-mujeres"),
        ids(search("q", "Tegucigalpa | Colón", "sort", "title", "lang", "en")));
  }

  @Test
  void wildcardAndFuzzyOperatorsAreSearchedAsText() {
    // With prefix or fuzzy queries on, these would find the case study about Tegucigalpa.
    assertEquals(0, search("q", "Tegu*").total());
    assertEquals(0, search("q", "Tegucigalpo~2").total());
    assertEquals(0, search("q", "/Tegu.*/").total());
    assertEquals(List.of("hn-mujeres"), ids(search("q", "Tegucigalpa")));
  }

  // ---- snippets ----

  @Test
  void snippetMarksTheMatchAndEscapesHtmlOfTheBodyText() {
    assertTrue(WORKSHOP.versions().get(0).plainText().contains("<script>"), "fixture");
    SearchHit hit = hit(search("q", "taller", "lang", "es"), "regional-taller");
    String snippet = hit.snippet();
    assertTrue(snippet.contains("<mark>taller</mark>"), snippet);
    assertTrue(snippet.contains("&lt;script&gt;"), snippet);
    assertFalse(snippet.contains("<script"), snippet);
    assertEquals(
        Set.of("<mark>", "</mark>"),
        Set.copyOf(
            java.util.regex.Pattern.compile("</?[a-zA-Z]+>")
                .matcher(snippet)
                .results()
                .map(m -> m.group())
                .toList()),
        snippet);
  }

  @Test
  void snippetIsInTheRequestedLanguage() {
    assertTrue(
        hit(search("q", "violencia digital", "lang", "es"), "regional-taller")
            .snippet()
            .contains("<mark>violencia</mark>"));
    String english = hit(search("q", "workshop", "lang", "en"), "regional-taller").snippet();
    assertTrue(english.contains("<mark>workshop</mark>"), english);
  }

  @Test
  void withoutABodyMatchTheSnippetIsTheEscapedSummary() {
    // "árboles" is only in the title; an empty query highlights nothing.
    for (SearchResult result : List.of(search("q", "arboles"), search())) {
      SearchHit hit = hit(result, "regional-taller");
      assertEquals("Taller &lt;b&gt;regional&lt;/b&gt; sobre acoso en línea.", hit.snippet());
      assertEquals("Taller <b>regional</b> sobre acoso en línea.", hit.summary());
    }
  }

  // ---- listing, facets, filters ----

  @Test
  void emptyQueryListsEverything() {
    SearchResult result = search();
    assertEquals(6, result.total());
    assertEquals(6, result.hits().size());
    assertEquals(
        Set.of(
            "sv-policia",
            "gt-pandillas",
            "hn-mujeres",
            "cr-justicia",
            "pa-escuelas",
            "regional-taller"),
        idSet(result));
  }

  @Test
  void facetsHaveCountsAndLabels() {
    SearchResult result = search("lang", "en");
    assertEquals(
        Map.of("SV", 2L, "GT", 2L, "HN", 1L, "CR", 1L, "PA", 1L), counts(result, "country"));
    assertEquals(Map.of("experience", 5L, "tool", 1L), counts(result, "collection"));
    assertEquals(2L, counts(result, "theme").get("violence-prevention"));
    assertEquals(2L, counts(result, "population").get("women"));
    assertEquals(2L, counts(result, "evidence").get("effective"));
    FacetCount panama =
        result.facets().get("country").stream()
            .filter(c -> c.value().equals("PA"))
            .findFirst()
            .orElseThrow();
    assertEquals("Panama", panama.label());
    assertFalse(panama.selected());
    assertEquals(
        "Panamá",
        search("lang", "es").facets().get("country").stream()
            .filter(c -> c.value().equals("PA"))
            .findFirst()
            .orElseThrow()
            .label());
    // most frequent first
    assertEquals(2L, result.facets().get("country").get(0).count());
  }

  @Test
  void selectingOneCountryKeepsTheCountsOfTheOtherCountries() {
    SearchResult result = search("country", "SV");
    assertEquals(Set.of("sv-policia", "regional-taller"), idSet(result));
    assertEquals(2, result.total());
    assertEquals(
        Map.of("SV", 2L, "GT", 2L, "HN", 1L, "CR", 1L, "PA", 1L), counts(result, "country"));
    assertTrue(
        result.facets().get("country").stream()
            .filter(FacetCount::selected)
            .map(FacetCount::value)
            .toList()
            .equals(List.of("SV")));
    // the other facets count within the selection
    assertEquals(
        Map.of("community-policing", 1L, "vawg", 1L, "violence-prevention", 1L),
        counts(result, "theme"));
    assertEquals(List.of(new AppliedFilter("country", "SV", "El Salvador")), result.applied());
  }

  @Test
  void valuesOfOneFacetAreOredAndFacetsAreAnded() {
    assertEquals(
        Set.of("sv-policia", "gt-pandillas", "regional-taller"),
        idSet(search("country", "SV", "country", "GT")));
    assertEquals(Set.of("hn-mujeres", "regional-taller"), idSet(search("theme", "vawg")));
    SearchResult both = search("theme", "vawg", "country", "SV");
    assertEquals(List.of("regional-taller"), ids(both));
    assertEquals(1, both.total());
    // the country facet counts within the theme, the theme facet within the country
    assertEquals(Map.of("SV", 1L, "GT", 1L, "HN", 1L), counts(both, "country"));
    assertEquals(1L, counts(both, "theme").get("vawg"));
    assertEquals(1L, counts(both, "theme").get("violence-prevention"));
    assertEquals(1L, counts(both, "theme").get("community-policing"));
  }

  @Test
  void lowerCaseCountryCodeIsAccepted() {
    assertEquals(Set.of("pa-escuelas"), idSet(search("country", "pa")));
  }

  @Test
  void facetFilterCombinesWithTheTextQuery() {
    assertEquals(
        Set.of("gt-pandillas", "regional-taller"),
        idSet(search("q", "violencia", "country", "GT")));
    assertEquals(0, search("q", "blockchain", "country", "SV").total());
  }

  @Test
  void selectedValueWithoutResultsIsStillListed() {
    SearchResult result = search("population", "migrants");
    assertEquals(0, result.total());
    FacetCount migrants =
        result.facets().get("population").stream()
            .filter(c -> c.value().equals("migrants"))
            .findFirst()
            .orElseThrow();
    assertEquals(0, migrants.count());
    assertTrue(migrants.selected());
    assertEquals("Personas migrantes", migrants.label());
  }

  @Test
  void startYearFacetCountsDocumentsPerRange() {
    SearchResult result = search("lang", "en");
    assertEquals(
        Map.of("2000-2009", 1L, "2010-2014", 1L, "2015-2019", 2L, "2020-2024", 1L),
        counts(result, "start_year"));
    assertEquals(
        "2015–2019",
        result.facets().get("start_year").stream()
            .filter(c -> c.value().equals("2015-2019"))
            .findFirst()
            .orElseThrow()
            .label());
  }

  @Test
  void yearFromAndYearToFilterByStartYear() {
    SearchResult range = search("year_from", "2015", "year_to", "2019");
    assertEquals(Set.of("sv-policia", "pa-escuelas"), idSet(range));
    assertEquals(2, range.total());
    FacetCount bucket = range.facets().get("start_year").get(0);
    assertEquals("2015-2019", bucket.value());
    assertTrue(bucket.selected());
    assertEquals(2, bucket.count());

    assertEquals(Set.of("hn-mujeres"), idSet(search("year_from", "2020")));
    assertEquals(Set.of("gt-pandillas"), idSet(search("year_to", "2009")));
    assertEquals(Set.of("gt-pandillas"), idSet(search("q", "violencia", "year_to", "2010")));
    assertEquals(Set.of("sv-policia"), idSet(search("year_from", "2016", "year_to", "2016")));
  }

  // ---- sort and pages ----

  @Test
  void sortByTitleUsesTheTitlesOfTheRequestedLanguage() {
    assertEquals(
        List.of(
            "regional-taller", // Árboles (accent folded: sorts with a)
            "pa-escuelas",
            "cr-justicia",
            "sv-policia",
            "gt-pandillas",
            "hn-mujeres"), // Safe spaces (no Spanish version)
        ids(search("sort", "title", "lang", "es")));
    assertEquals(
        List.of(
            "sv-policia", // Community
            "cr-justicia", // Digital
            "gt-pandillas", // Prevención (no English version)
            "pa-escuelas", // Safe schools
            "hn-mujeres", // Safe spaces
            "regional-taller"), // Workshop
        ids(search("sort", "title", "lang", "en")));
  }

  @Test
  void sortByTitleAppliesToTextQueriesToo() {
    assertEquals(
        List.of("regional-taller", "cr-justicia", "gt-pandillas"),
        ids(search("q", "violencia", "sort", "title")));
    assertEquals(
        List.of("cr-justicia", "gt-pandillas", "regional-taller"),
        ids(search("q", "violencia", "sort", "title", "lang", "en")));
  }

  @Test
  void sortNewestOrdersByLastUpdate() {
    List<String> newest =
        List.of(
            "hn-mujeres",
            "sv-policia",
            "gt-pandillas",
            "cr-justicia",
            "pa-escuelas",
            "regional-taller");
    assertEquals(newest, ids(search("sort", "newest")));
    assertEquals(newest, ids(search()), "an empty query lists newest first");
  }

  @Test
  void paginationReturnsTheRequestedSliceAndTheTotal() {
    SearchResult page2 = search("sort", "newest", "page", "2", "size", "2");
    assertEquals(List.of("gt-pandillas", "cr-justicia"), ids(page2));
    assertEquals(6, page2.total());
    assertEquals(2, page2.page());
    assertEquals(2, page2.size());
    assertEquals(3, page2.lastPage());
    assertEquals(
        List.of("pa-escuelas", "regional-taller"),
        ids(search("sort", "newest", "page", "3", "size", "2")));
    SearchResult beyond = search("sort", "newest", "page", "4", "size", "2");
    assertEquals(List.of(), beyond.hits());
    assertEquals(6, beyond.total());
  }

  @Test
  void paginationOfATextQuery() {
    List<String> all = ids(search("q", "violencia"));
    assertEquals(3, all.size());
    SearchResult second = search("q", "violencia", "page", "2", "size", "2");
    assertEquals(3, second.total());
    assertEquals(List.of(all.get(2)), ids(second));
  }

  // ---- index maintenance ----

  @Test
  void applyWithARemovedIdDeletesTheCaseStudy() throws IOException {
    try (SearchIndex index = indexOf(ALL)) {
      assertEquals(1, search(index, "q", "Tegucigalpa").total());
      index.apply(List.of(), List.of("hn-mujeres"));
      index.commit(2);
      assertEquals(5, index.documentCount());
      assertEquals(5, search(index).total());
      assertEquals(0, search(index, "q", "Tegucigalpa").total());
      assertFalse(counts(search(index), "country").containsKey("HN"));
    }
  }

  @Test
  void changesBecomeSearchableOnCommit() throws IOException {
    PublishedCaseStudy added =
        caseStudy("mx-nuevo")
            .countries("MX")
            .es("Observatorio ciudadano", "Datos abiertos.", "Un observatorio en Monterrey.")
            .build();
    try (SearchIndex index = indexOf(ALL)) {
      index.apply(List.of(added), List.of());
      index.commit(2);
      assertEquals(List.of("mx-nuevo"), ids(search(index, "q", "Monterrey")));
      assertEquals(7, search(index).total());
      assertEquals(1L, counts(search(index), "country").get("MX"));
    }
  }

  @Test
  void reapplyingACaseStudyReplacesItInsteadOfDuplicatingIt() throws IOException {
    PublishedCaseStudy renamed =
        caseStudy("sv-policia")
            .countries("SV")
            .themes("community-policing")
            .startYear(2016)
            .es(
                "Policía de barrio en Santa Ana",
                "Patrullaje a pie.",
                "La policía recorre Santa Ana a pie.")
            .build();
    try (SearchIndex index = indexOf(ALL)) {
      index.apply(List.of(renamed), List.of());
      index.apply(List.of(renamed), List.of());
      index.commit(2);
      assertEquals(6, index.documentCount());
      assertEquals(6, search(index).total());
      assertEquals(0, search(index, "q", "comunitaria").total());
      SearchResult result = search(index, "q", "policia");
      assertEquals(List.of("sv-policia"), ids(result));
      assertEquals("Policía de barrio en Santa Ana", result.hits().get(0).title());
      assertEquals(List.of("es"), result.hits().get(0).languages());
    }
  }

  @Test
  void commitStoresTheLastSequenceAndAReopenedIndexNeedsNoRebuild() throws IOException {
    Directory storage = new ByteBuffersDirectory();
    try (SearchIndex first = new SearchIndex(new KeepOpen(storage))) {
      assertTrue(first.needsRebuild(), "an empty directory needs a rebuild");
      assertEquals(0, first.lastSeq());
      first.apply(ALL, List.of());
      first.commit(42);
      assertEquals(42, first.lastSeq());
    }
    try (SearchIndex reopened = new SearchIndex(new KeepOpen(storage))) {
      assertFalse(reopened.needsRebuild());
      assertEquals(42, reopened.lastSeq());
      assertEquals(6, reopened.documentCount());
      assertEquals(List.of("sv-policia"), ids(search(reopened, "q", "policia")));
    }
    storage.close();
  }

  @Test
  void emptyDirectoryNeedsRebuild() throws IOException {
    try (SearchIndex empty = new SearchIndex(new ByteBuffersDirectory())) {
      assertTrue(empty.needsRebuild());
      assertEquals(0, empty.lastSeq());
      assertEquals(0, empty.documentCount());
    }
  }

  @Test
  void indexOfAnotherSchemaVersionIsStartedEmptyAndFlaggedForRebuild() throws IOException {
    Directory storage = new ByteBuffersDirectory();
    try (IndexWriter old =
        new IndexWriter(storage, new IndexWriterConfig(new StandardAnalyzer()))) {
      Document doc = new Document();
      doc.add(new StringField("id", "legacy", Field.Store.YES));
      old.addDocument(doc);
      old.setLiveCommitData(Map.of("last_seq", "7", "schema_version", "0").entrySet());
      old.commit();
    }
    try (SearchIndex index = new SearchIndex(storage)) {
      assertTrue(index.needsRebuild());
      assertEquals(0, index.lastSeq());
      assertEquals(0, index.documentCount());
    }
  }

  @Test
  void unreadableIndexIsStartedEmptyAndFlaggedForRebuild() throws IOException {
    Directory storage = new ByteBuffersDirectory();
    try (IndexOutput garbage = storage.createOutput("segments_1", IOContext.DEFAULT)) {
      for (int i = 0; i < 100; i++) {
        garbage.writeByte((byte) (i * 7 + 3));
      }
    }
    try (SearchIndex index = assertDoesNotThrow(() -> new SearchIndex(storage))) {
      assertTrue(index.needsRebuild());
      assertEquals(0, index.lastSeq());
      index.apply(ALL, List.of());
      index.commit(5);
      assertEquals(6, search(index).total());
    }
  }

  @Test
  void facetThatNoCaseStudyUsesIsEmptyNotAnError() throws IOException {
    PublishedCaseStudy withoutPopulations =
        caseStudy("sv-uno").countries("SV").es("Uno", "Resumen.", "Cuerpo del texto.").build();
    try (SearchIndex index = indexOf(List.of(withoutPopulations))) {
      SearchResult all = search(index);
      assertEquals(1, all.total());
      assertEquals(List.of(), all.facets().get("population"));
      SearchResult filtered = search(index, "population", "women");
      assertEquals(0, filtered.total());
      assertEquals(
          List.of(new FacetCount("women", "Mujeres", 0, true)),
          filtered.facets().get("population"));
    }
  }

  @Test
  void searchingAnEmptyIndexFindsNothingWithoutFailing() throws IOException {
    try (SearchIndex empty = new SearchIndex(new ByteBuffersDirectory())) {
      assertEquals(0, search(empty).total());
      SearchResult filtered = search(empty, "q", "policia", "country", "SV");
      assertEquals(0, filtered.total());
      assertEquals(List.of(), filtered.hits());
      FacetCount sv = filtered.facets().get("country").get(0);
      assertEquals("SV", sv.value());
      assertTrue(sv.selected());
    }
  }

  /** A directory that outlives the index that closes it, to reopen the same files. */
  private static final class KeepOpen extends FilterDirectory {
    KeepOpen(Directory in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
