package org.casoteca.opendata;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Writes citations in BibTeX, RIS and CSL-JSON, and the suggested citation shown on each page. All
 * three formats cite a case study as a web page by Casoteca, with its address and access date.
 */
@Singleton
public class Citations {

  private final JsonMapper json;

  Citations(JsonMapper json) {
    this.json = json;
  }

  public String write(CitationFormat format, List<CitedWork> works, LocalDate accessed) {
    return switch (format) {
      case BIBTEX -> String.join("\n", works.stream().map(w -> bibtex(w, accessed)).toList());
      case RIS -> String.join("", works.stream().map(w -> ris(w, accessed)).toList());
      case CSL_JSON -> cslJson(works, accessed);
    };
  }

  /**
   * A suggested citation in the page's language (APA-like): {@code Casoteca (2026). Title.
   * Casoteca. https://… (consultado el 2026-12-02)}.
   */
  public static String suggested(CitedWork w, String lang, LocalDate accessed) {
    String consulted = "en".equals(lang) ? "accessed " : "consultado el ";
    return CitedWork.PUBLISHER
        + " ("
        + w.updated().getYear()
        + "). "
        + w.title()
        + ". "
        + CitedWork.PUBLISHER
        + ". "
        + w.url()
        + " ("
        + consulted
        + accessed
        + ")";
  }

  static String bibtex(CitedWork w, LocalDate accessed) {
    return "@misc{"
        + w.key()
        + ",\n  author = {{"
        + CitedWork.PUBLISHER
        + "}},\n  title = {"
        + bib(w.title())
        + "},\n  year = {"
        + w.updated().getYear()
        + "},\n  month = {"
        + w.updated().getMonth().name().substring(0, 3).toLowerCase(Locale.ROOT)
        + "},\n  howpublished = {\\url{"
        + w.url()
        + "}},\n  url = {"
        + w.url()
        + "},\n  urldate = {"
        + accessed
        + "},\n  language = {"
        + ("en".equals(w.lang()) ? "english" : "spanish")
        + "},\n  publisher = {"
        + CitedWork.PUBLISHER
        + "},\n  abstract = {"
        + bib(w.summary())
        + "},\n  keywords = {"
        + bib(String.join(", ", w.keywords()))
        + "},\n  note = {"
        + bib(w.license())
        + "}\n}\n";
  }

  /** BibTeX special characters escaped, so a title cannot unbalance braces or start a command. */
  private static String bib(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : oneLine(text).toCharArray()) {
      switch (c) {
        case '\\' -> out.append("\\textbackslash{}");
        case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
        case '~' -> out.append("\\textasciitilde{}");
        case '^' -> out.append("\\textasciicircum{}");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  static String ris(CitedWork w, LocalDate accessed) {
    StringBuilder out = new StringBuilder();
    tag(out, "TY", "ELEC");
    tag(out, "ID", w.key());
    tag(out, "AU", CitedWork.PUBLISHER);
    tag(out, "TI", w.title());
    tag(out, "PY", Integer.toString(w.updated().getYear()));
    tag(out, "DA", w.updated().toString().replace('-', '/'));
    tag(out, "PB", CitedWork.PUBLISHER);
    tag(out, "AB", w.summary());
    w.keywords().forEach(k -> tag(out, "KW", k));
    tag(out, "LA", w.lang());
    tag(out, "UR", w.url());
    tag(out, "Y2", accessed.toString().replace('-', '/'));
    tag(out, "N1", w.license());
    out.append("ER  - \r\n");
    return out.toString();
  }

  private static void tag(StringBuilder out, String tag, String value) {
    out.append(tag).append("  - ").append(oneLine(value)).append("\r\n");
  }

  private String cslJson(List<CitedWork> works, LocalDate accessed) {
    try {
      return json.writeValueAsString(works.stream().map(w -> CslItem.of(w, accessed)).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("[\\r\\n\\t]+", " ").trim();
  }
}
