package org.casoteca.search;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casoteca.content.Languages;
import org.casoteca.content.Taxonomy;
import org.casoteca.web.BadRequestException;
import org.casoteca.web.InvalidParameter;

/**
 * Turns raw request parameters into a {@link SearchRequest}, checking every parameter and reporting
 * all invalid ones at once. Caps query length, nesting, page and size before any parsing happens;
 * long text is not refused but searched by its most distinctive words ({@link LongQuery}).
 */
@Singleton
public class SearchRequestParser {

  private final Taxonomy taxonomy;

  SearchRequestParser(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  /**
   * Parses {@code params}.
   *
   * @param defaultLang the language to use when {@code lang} is absent
   * @throws BadRequestException listing every invalid parameter
   */
  public SearchRequest parse(Map<String, List<String>> params, String defaultLang) {
    List<InvalidParameter> problems = new ArrayList<>();
    String query = query(first(params, "q"), problems);
    String lang = lang(first(params, "lang"), defaultLang, problems);
    Map<Facet, List<String>> filters = filters(params, problems);
    Integer yearFrom = year(first(params, "year_from"), "year_from", problems);
    Integer yearTo = year(first(params, "year_to"), "year_to", problems);
    if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
      problems.add(new InvalidParameter("year_to", "must not be before year_from"));
    }
    SortOrder sort = sort(first(params, "sort"), problems);
    int page = number(first(params, "page"), "page", 1, 1, Integer.MAX_VALUE, problems);
    int size =
        number(
            first(params, "size"),
            "size",
            SearchLimits.DEFAULT_PAGE_SIZE,
            1,
            SearchLimits.MAX_PAGE_SIZE,
            problems);
    if ((long) page * size > SearchLimits.MAX_RESULT_WINDOW) {
      problems.add(
          new InvalidParameter(
              "page",
              "page × size must not exceed "
                  + SearchLimits.MAX_RESULT_WINDOW
                  + "; narrow the search instead"));
    }
    if (!problems.isEmpty()) {
      throw new BadRequestException(problems);
    }
    return new SearchRequest(query, lang, filters, yearFrom, yearTo, sort, page, size);
  }

  private static String query(String raw, List<InvalidParameter> problems) {
    String q = raw == null ? "" : raw.strip();
    if (q.length() > SearchLimits.MAX_QUERY_CHARS) {
      problems.add(
          new InvalidParameter(
              "q",
              "is "
                  + q.length()
                  + " characters long; at most "
                  + SearchLimits.MAX_QUERY_CHARS
                  + " are allowed"));
      return "";
    }
    if (nesting(q) > SearchLimits.MAX_NESTING) {
      problems.add(
          new InvalidParameter(
              "q", "nests parentheses more than " + SearchLimits.MAX_NESTING + " levels deep"));
    }
    return q;
  }

  private static int nesting(String q) {
    int depth = 0;
    int max = 0;
    for (int i = 0; i < q.length(); i++) {
      char c = q.charAt(i);
      if (c == '(') {
        max = Math.max(max, ++depth);
      } else if (c == ')' && depth > 0) {
        depth--;
      }
    }
    return max;
  }

  private static String lang(String raw, String defaultLang, List<InvalidParameter> problems) {
    if (raw == null || raw.isBlank()) {
      return defaultLang;
    }
    if (!Languages.isSupported(raw)) {
      problems.add(
          new InvalidParameter(
              "lang", "must be one of: " + String.join(", ", Languages.SUPPORTED)));
      return defaultLang;
    }
    return raw;
  }

  private Map<Facet, List<String>> filters(
      Map<String, List<String>> params, List<InvalidParameter> problems) {
    Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      Set<String> values = new LinkedHashSet<>();
      for (String raw : params.getOrDefault(facet.dimension(), List.of())) {
        if (raw.isBlank()) {
          continue;
        }
        String value = facet.normalize(raw);
        if (!facet.accepts(taxonomy, value)) {
          problems.add(
              new InvalidParameter(
                  facet.dimension(),
                  "'" + clip(raw) + "' is not a known value; allowed: " + facet.allowed(taxonomy)));
        } else {
          values.add(value);
        }
      }
      if (values.size() > SearchLimits.MAX_VALUES_PER_FACET) {
        problems.add(
            new InvalidParameter(
                facet.dimension(),
                "at most " + SearchLimits.MAX_VALUES_PER_FACET + " values may be selected"));
      } else if (!values.isEmpty()) {
        filters.put(facet, List.copyOf(values));
      }
    }
    return filters;
  }

  private static Integer year(String raw, String name, List<InvalidParameter> problems) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    int year = number(raw, name, 0, SearchLimits.MIN_YEAR, SearchLimits.MAX_YEAR, problems);
    return year == 0 ? null : year;
  }

  private static SortOrder sort(String raw, List<InvalidParameter> problems) {
    if (raw == null || raw.isBlank()) {
      return SortOrder.RELEVANCE;
    }
    return SortOrder.parse(raw)
        .orElseGet(
            () -> {
              problems.add(
                  new InvalidParameter("sort", "must be one of: relevance, newest, title"));
              return SortOrder.RELEVANCE;
            });
  }

  private static int number(
      String raw, String name, int fallback, int min, int max, List<InvalidParameter> problems) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      long value = Long.parseLong(raw.strip());
      if (value < min || value > max) {
        problems.add(new InvalidParameter(name, "must be between " + min + " and " + max));
        return fallback;
      }
      return (int) value;
    } catch (NumberFormatException e) {
      problems.add(new InvalidParameter(name, "'" + clip(raw) + "' is not a whole number"));
      return fallback;
    }
  }

  private static String first(Map<String, List<String>> params, String name) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static String clip(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }
}
