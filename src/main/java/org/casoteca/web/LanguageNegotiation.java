package org.casoteca.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import java.util.Locale;
import org.casoteca.content.Languages;

/**
 * Picks Spanish or English for a request from its Accept-Language header (Spanish when neither is
 * asked for). Reads at most a bounded part of the header: a header with thousands of tags costs no
 * more than a normal one.
 */
public final class LanguageNegotiation {

  private static final int MAX_HEADER_CHARS = 512;
  private static final int MAX_RANGES = 16;

  private LanguageNegotiation() {}

  public static String preferred(HttpRequest<?> request) {
    return preferred(request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE));
  }

  static String preferred(String header) {
    if (header == null || header.isBlank()) {
      return Languages.SPANISH;
    }
    String bounded =
        header.length() > MAX_HEADER_CHARS ? header.substring(0, MAX_HEADER_CHARS) : header;
    String[] ranges = bounded.split(",", MAX_RANGES + 1);
    String best = Languages.SPANISH;
    double bestWeight = 0;
    for (int i = 0; i < Math.min(ranges.length, MAX_RANGES); i++) {
      String[] parts = ranges[i].trim().split(";");
      String tag = parts[0].trim().toLowerCase(Locale.ROOT);
      String lang = tag.length() >= 2 ? tag.substring(0, 2) : tag;
      double weight = weight(parts);
      if (Languages.isSupported(lang) && weight > bestWeight) {
        best = lang;
        bestWeight = weight;
      }
    }
    return best;
  }

  private static double weight(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].trim();
      if (p.startsWith("q=")) {
        try {
          return Double.parseDouble(p.substring(2));
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }
}
