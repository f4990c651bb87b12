package org.casoteca.search;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casoteca.web.BadRequestException;

/**
 * Any query string sent to the search API ends as a result or as the project's own 400 ({@link
 * BadRequestException}), never as another exception: the request parser with its caps, then the
 * query builder and the search over a small index. An input is read as the query string of a
 * request ({@code q=...&page=...}), so the seeds under {@code SearchRequestFuzzTestInputs} are the
 * search attacks of the security research as a browser would send them.
 */
class SearchRequestFuzzTest {

  private static final SearchRequestParser PARSER =
      new SearchRequestParser(TestCaseStudies.taxonomy());
  private static final CaseStudySearcher SEARCHER = searcher();

  private static CaseStudySearcher searcher() {
    try {
      return new CaseStudySearcher(
          SearchIndexTest.indexOf(SearchIndexTest.ALL),
          TestCaseStudies.taxonomy(),
          TestCaseStudies.synonyms());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void anyQueryStringIsAResultOrABadRequest(byte[] input) {
    Map<String, List<String>> params = queryString(new String(input, StandardCharsets.UTF_8));
    try {
      SEARCHER.search(PARSER.parse(params, "es"));
    } catch (BadRequestException refused) {
      // The project's own 400, naming the parameter: expected for hostile input.
    }
  }

  /** Parameters as the HTTP layer would hand them over; undecodable escapes stay as written. */
  static Map<String, List<String>> queryString(String text) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (String pair : text.split("&", -1)) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return params;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
