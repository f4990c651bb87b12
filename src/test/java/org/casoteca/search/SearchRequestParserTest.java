package org.casoteca.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.casoteca.web.BadRequestException;
import org.casoteca.web.InvalidParameter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SearchRequestParserTest {

  private static final SearchRequestParser PARSER =
      new SearchRequestParser(TestCaseStudies.taxonomy());

  private static SearchIndex index;
  private static CaseStudySearcher searcher;

  @BeforeAll
  static void indexAll() throws IOException {
    index = SearchIndexTest.indexOf(SearchIndexTest.ALL);
    searcher = new CaseStudySearcher(index, TestCaseStudies.taxonomy(), TestCaseStudies.synonyms());
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static Map<String, List<String>> params(String... namesAndValues) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      params.computeIfAbsent(namesAndValues[i], k -> new ArrayList<>()).add(namesAndValues[i + 1]);
    }
    return params;
  }

  private static SearchRequest parse(String... namesAndValues) {
    return PARSER.parse(params(namesAndValues), "es");
  }

  private static List<String> rejected(String... namesAndValues) {
    BadRequestException e = assertThrows(BadRequestException.class, () -> parse(namesAndValues));
    return e.invalidParameters().stream().map(InvalidParameter::name).toList();
  }

  private static String words(int count, String separator) {
    return IntStream.range(0, count).mapToObj(i -> "w" + i).collect(Collectors.joining(separator));
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        Arguments.of("5,000 (", new String[] {"q", "(".repeat(5000)}, "q"),
        Arguments.of("11 nested (", new String[] {"q", "(".repeat(11) + "a" + ")".repeat(11)}, "q"),
        Arguments.of("501 characters", new String[] {"q", "x".repeat(501)}, "q"),
        Arguments.of("2,000 OR'd terms", new String[] {"q", words(2000, " OR ")}, "q"),
        Arguments.of("page=1000000000", new String[] {"page", "1000000000"}, "page"),
        Arguments.of("page=0", new String[] {"page", "0"}, "page"),
        Arguments.of("page=-3", new String[] {"page", "-3"}, "page"),
        Arguments.of("page=abc", new String[] {"page", "abc"}, "page"),
        Arguments.of("page=1.5", new String[] {"page", "1.5"}, "page"),
        Arguments.of("page beyond long", new String[] {"page", "99999999999999999999"}, "page"),
        Arguments.of("page=101,size=100", new String[] {"page", "101", "size", "100"}, "page"),
        Arguments.of("size=-1", new String[] {"size", "-1"}, "size"),
        Arguments.of("size=0", new String[] {"size", "0"}, "size"),
        Arguments.of("size=101", new String[] {"size", "101"}, "size"),
        Arguments.of("size=2147483647", new String[] {"size", "2147483647"}, "size"),
        Arguments.of("size=ten", new String[] {"size", "ten"}, "size"),
        Arguments.of("sort=random", new String[] {"sort", "random"}, "sort"),
        Arguments.of("country=XX", new String[] {"country", "XX"}, "country"),
        Arguments.of("country=Salvador", new String[] {"country", "Salvador"}, "country"),
        Arguments.of("theme=unknown", new String[] {"theme", "unknown"}, "theme"),
        Arguments.of("population=aliens", new String[] {"population", "aliens"}, "population"),
        Arguments.of("evidence=great", new String[] {"evidence", "great"}, "evidence"),
        Arguments.of("collection=blog", new String[] {"collection", "blog"}, "collection"),
        Arguments.of(
            "year_from > year_to",
            new String[] {"year_from", "2020", "year_to", "2010"},
            "year_to"),
        Arguments.of("year_from=1899", new String[] {"year_from", "1899"}, "year_from"),
        Arguments.of("year_to=2101", new String[] {"year_to", "2101"}, "year_to"),
        Arguments.of("year_from=abc", new String[] {"year_from", "abc"}, "year_from"),
        Arguments.of("lang=fr", new String[] {"lang", "fr"}, "lang"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void badInputIsRejectedNamingTheParameter(String label, String[] params, String parameter) {
    assertEquals(List.of(parameter), rejected(params));
  }

  @Test
  void tooManyFacetValuesAreRejected() {
    List<String> codes =
        List.of(
            "SV", "GT", "HN", "NI", "CR", "PA", "BZ", "MX", "DO", "CO", "PE", "EC", "BO", "CL",
            "AR", "UY", "PY", "VE", "CU", "HT", "JM");
    Map<String, List<String>> params = Map.of("country", codes);
    BadRequestException e =
        assertThrows(BadRequestException.class, () -> PARSER.parse(params, "es"));
    assertEquals(List.of("country"), e.invalidParameters().stream().map(p -> p.name()).toList());
    assertEquals(
        20,
        PARSER
            .parse(Map.of("country", codes.subList(0, 20)), "es")
            .filters()
            .get(Facet.COUNTRY)
            .size());
  }

  @Test
  void everyProblemOfARequestIsReportedAtOnce() {
    BadRequestException e =
        assertThrows(
            BadRequestException.class,
            () ->
                parse(
                    "q", "x".repeat(600),
                    "lang", "fr",
                    "country", "XX",
                    "theme", "unknown",
                    "year_from", "2020",
                    "year_to", "2010",
                    "sort", "random",
                    "page", "abc",
                    "size", "0"));
    List<String> names = e.invalidParameters().stream().map(InvalidParameter::name).toList();
    assertEquals(
        Set.of("q", "lang", "country", "theme", "year_to", "sort", "page", "size"),
        Set.copyOf(names));
    assertEquals(8, names.size(), names::toString);
    for (String name : names) {
      assertTrue(e.getMessage().contains(name + ": "), e.getMessage());
    }
  }

  @Test
  void messagesDoNotEchoLongValuesInFull() {
    String value = "Z".repeat(300);
    BadRequestException e =
        assertThrows(BadRequestException.class, () -> parse("country", value, "page", value));
    assertTrue(e.getMessage().length() < 400, e.getMessage());
  }

  @Test
  void validRequestIsParsedWithDefaults() {
    SearchRequest request = parse("q", "  policía comunitaria  ");
    assertEquals("policía comunitaria", request.query());
    assertEquals("es", request.lang());
    assertEquals(SortOrder.RELEVANCE, request.sort());
    assertEquals(1, request.page());
    assertEquals(SearchLimits.DEFAULT_PAGE_SIZE, request.size());
    assertNull(request.yearFrom());
    assertNull(request.yearTo());
    assertEquals(Map.of(), request.filters());
    assertEquals("en", PARSER.parse(Map.of(), "en").lang());
    assertEquals("", PARSER.parse(Map.of(), "en").query());
  }

  @Test
  void validRequestKeepsEveryParameter() {
    SearchRequest request =
        parse(
            "q", "policia",
            "lang", "en",
            "country", "sv",
            "country", " GT ",
            "country", "SV",
            "country", "Regional",
            "theme", "VAWG",
            "year_from", "2010",
            "year_to", "2020",
            "sort", "newest",
            "page", "3",
            "size", "100");
    assertEquals("en", request.lang());
    assertEquals(List.of("SV", "GT", "regional"), request.filters().get(Facet.COUNTRY));
    assertEquals(List.of("vawg"), request.filters().get(Facet.THEME));
    assertEquals(2010, request.yearFrom());
    assertEquals(2020, request.yearTo());
    assertEquals(SortOrder.NEWEST, request.sort());
    assertEquals(3, request.page());
    assertEquals(100, request.size());
    assertEquals(200, request.offset());
  }

  @Test
  void boundaryValuesAreAccepted() {
    assertEquals(500, parse("q", "x".repeat(500)).query().length());
    assertEquals(40, parse("q", words(40, " ")).query().split(" ").length);
    assertDoesNotThrow(() -> parse("q", "(".repeat(10) + "a" + ")".repeat(10)));
    SearchRequest lastWindow = parse("page", "100", "size", "100");
    assertEquals(9_900, lastWindow.offset());
    assertEquals(1, parse("size", "1").size());
    assertEquals(2020, parse("year_from", "2020", "year_to", "2020").yearFrom());
  }

  static Stream<String> toleratedQueries() {
    return Stream.of(
        "\"unterminated",
        "a AND OR b",
        "body:[a TO",
        "a*",
        "*a*",
        "/.*/",
        "/.*a.{40}/",
        "abcdefghijklmnopqrstuvwxyzabcdefghij~2",
        "policia~2",
        "((((policia",
        "policia))))",
        "-",
        "- - -",
        "|",
        "\"\"",
        "\\",
        "+policia -",
        "de la the",
        "title_es:policia",
        "<script>alert(1)</script>",
        "-".repeat(499) + "a",
        "|".repeat(500),
        "\"".repeat(499),
        ")".repeat(500),
        "policía\u0000🚓",
        "\\\"policia\\\"");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("toleratedQueries")
  void malformedOrOperatorQueryIsToleratedAndSearched(String query) {
    SearchRequest request = assertDoesNotThrow(() -> parse("q", query));
    assertEquals(query, request.query());
    SearchResult result = assertDoesNotThrow(() -> searcher.search(request));
    assertTrue(result.total() >= 0);
    assertEquals(query, result.query());
  }

  @Test
  void termOf36CharactersWithFuzzyOperatorIsSearchedAsText() {
    assertEquals(36, "abcdefghijklmnopqrstuvwxyzabcdefghij".length());
    SearchResult result = searcher.search(parse("q", "abcdefghijklmnopqrstuvwxyzabcdefghij~2"));
    assertEquals(0, result.total());
  }

  @Test
  void longTextIsSearchedByItsMostDistinctiveWordsAndSaysSo() {
    String pasted =
        "Estamos diseñando un programa municipal de prevención de la violencia y queremos saber"
            + " cómo otros municipios elaboraron diagnósticos de seguridad y planes locales, qué"
            + " productos entregaron y cuántos municipios alcanzaron con la policía comunitaria";
    SearchResult result = searcher.search(parse("q", pasted));
    assertTrue(result.searched() != null && result.searched().size() <= LongQuery.MAX_WORDS);
    assertEquals(pasted, result.query());
  }

  @Test
  void wordsJoinedByOperatorsCountAsWordsAndAreBounded() {
    // 160 distinct words joined by | were one "word" for a cap that counted spaces.
    String letters = "bcdfghjkmpqvwxz";
    List<String> terms = new ArrayList<>();
    for (char a : letters.toCharArray()) {
      for (char b : letters.toCharArray()) {
        terms.add("" + a + b);
      }
    }
    String query = String.join("|", terms.subList(0, 160));
    assertTrue(query.length() <= SearchLimits.MAX_QUERY_CHARS);
    SearchResult result = assertDoesNotThrow(() -> searcher.search(parse("q", query)));
    assertTrue(result.searched().size() <= LongQuery.MAX_WORDS);
  }

  @Test
  void oneQueryRunsAtMostTwoSearchesAndThreeCorrectionsWhateverItHolds() {
    String typos =
        IntStream.range(0, 40)
            .mapToObj(i -> "polcia" + (char) ('a' + i % 26))
            .collect(Collectors.joining(","));
    for (String query :
        List.of(typos, "polcia comunitaria", "violensia justisia polcia mujeress")) {
      long searches = searcher.searchesRun();
      long lookups = searcher.correctionsLookedUp();
      searcher.search(parse("q", query));
      assertTrue(searcher.searchesRun() - searches <= 2, query + ": more than two searches");
      assertTrue(
          searcher.correctionsLookedUp() - lookups <= SpellingCorrector.MAX_CORRECTIONS,
          query + ": more than " + SpellingCorrector.MAX_CORRECTIONS + " corrections");
    }
  }
}
