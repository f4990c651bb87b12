package org.casoteca.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.casoteca.casestudy.PublishedCaseStudy;
import org.casoteca.casestudy.PublishedVersion;
import org.casoteca.content.FrontMatter;

/**
 * A fixed, seeded mix of searches made of real words of the bundled corpus: one to three words,
 * quoted phrases, typos, the empty query, and filters by country, theme, evidence or start year.
 */
final class QueryMix {

  /** One search as a reader would send it. */
  record Search(
      String q, String lang, Map<Facet, List<String>> filters, Integer yearFrom, Integer yearTo) {

    SearchRequest request() {
      return new SearchRequest(q, lang, filters, yearFrom, yearTo, SortOrder.RELEVANCE, 1, 20);
    }

    /** The URL query string, e.g. {@code q=policia&country=GT&lang=es}. */
    String queryString() {
      StringBuilder s = new StringBuilder("q=").append(encode(q)).append("&lang=").append(lang);
      filters.forEach(
          (facet, values) ->
              values.forEach(v -> s.append('&').append(facet.dimension()).append('=').append(v)));
      if (yearFrom != null) {
        s.append("&year_from=").append(yearFrom);
      }
      if (yearTo != null) {
        s.append("&year_to=").append(yearTo);
      }
      return s.toString();
    }
  }

  private static final List<String> FIXED =
      List.of(
          "violencia contra las mujeres",
          "pandillas",
          "VCMN",
          "femicidio",
          "policía comunitaria",
          "ciudad mujer",
          "gang prevention",
          "municipios seguros",
          "\"prevención de la violencia\"",
          "youth -gangs");

  private QueryMix() {}

  static List<Search> of(List<PublishedCaseStudy> corpus, int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Search> mix = new ArrayList<>(count);
    for (String q : FIXED) {
      mix.add(new Search(q, "es", Map.of(), null, null));
    }
    while (mix.size() < count) {
      PublishedCaseStudy cs = corpus.get(random.nextInt(corpus.size()));
      PublishedVersion v = cs.versions().get(random.nextInt(cs.versions().size()));
      String[] words = words(v.plainText(), random);
      int kind = random.nextInt(100);
      String q;
      if (kind < 40) {
        q = words[0];
      } else if (kind < 65) {
        q = words[0] + " " + words[1];
      } else if (kind < 75) {
        q = words[0] + " " + words[1] + " " + words[2];
      } else if (kind < 85) {
        q = "\"" + words[3] + "\"";
      } else if (kind < 93) {
        q = typo(words[0], random);
      } else {
        q = "";
      }
      mix.add(filtered(q, v.lang(), v.frontMatter(), random));
    }
    return List.copyOf(mix);
  }

  private static Search filtered(String q, String lang, FrontMatter fm, SplittableRandom random) {
    Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
    Integer from = null;
    Integer to = null;
    int kind = random.nextInt(100);
    if (kind < 12 && !fm.countries().isEmpty()) {
      filters.put(Facet.COUNTRY, List.of(fm.countries().get(0)));
    } else if (kind < 22 && !fm.themes().isEmpty()) {
      filters.put(Facet.THEME, List.of(fm.themes().get(0)));
    } else if (kind < 26) {
      filters.put(Facet.EVIDENCE, List.of(fm.evidence().rating()));
    } else if (kind < 30) {
      from = 2015;
      to = 2024;
    } else if (kind < 33 && !fm.countries().isEmpty() && !fm.themes().isEmpty()) {
      filters.put(Facet.COUNTRY, List.of(fm.countries().get(0)));
      filters.put(Facet.THEME, List.of(fm.themes().get(0)));
    }
    return new Search(q, lang, filters, from, to);
  }

  /** Three distinct content words of a random paragraph, and a phrase of two adjacent ones. */
  private static String[] words(String text, SplittableRandom random) {
    String[] paragraphs = text.split("\\n\\n");
    for (int attempt = 0; ; attempt++) {
      String[] tokens = paragraphs[random.nextInt(paragraphs.length)].split("[^\\p{L}]+");
      Set<String> content = new LinkedHashSet<>();
      String phrase = null;
      int start = random.nextInt(Math.max(1, tokens.length));
      for (int i = 0; i < tokens.length; i++) {
        String t = tokens[(start + i) % tokens.length];
        if (t.length() >= 4 && !CaseStudyAnalyzer.STOP_WORDS.contains(TextFolding.fold(t))) {
          content.add(t.toLowerCase(java.util.Locale.ROOT));
          int next = (start + i) % tokens.length + 1;
          if (phrase == null && next < tokens.length && tokens[next].length() >= 4) {
            phrase = t + " " + tokens[next];
          }
        }
      }
      if (content.size() >= 3 && (phrase != null || attempt > 20)) {
        List<String> list = new ArrayList<>(content);
        return new String[] {
          list.get(0), list.get(1), list.get(2), phrase == null ? list.get(0) : phrase
        };
      }
    }
  }

  /** One substitution or deletion inside a word of six letters or more. */
  private static String typo(String word, SplittableRandom random) {
    if (word.length() < 6) {
      return word;
    }
    int at = 1 + random.nextInt(word.length() - 2);
    return random.nextBoolean()
        ? word.substring(0, at) + word.substring(at + 1)
        : word.substring(0, at) + (char) ('a' + random.nextInt(26)) + word.substring(at + 1);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
