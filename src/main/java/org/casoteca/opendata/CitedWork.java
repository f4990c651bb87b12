package org.casoteca.opendata;

import java.time.LocalDate;
import java.util.List;
import org.casoteca.casestudy.PublishedCaseStudy;
import org.casoteca.casestudy.PublishedVersion;
import org.casoteca.content.FrontMatter;

/**
 * What a citation of one language version of a case study says: Casoteca is the author and
 * publisher (case studies are written and reviewed collectively), the year is that of the last
 * review of the facts, and the address is the absolute page address.
 */
public record CitedWork(
    String id,
    String lang,
    String title,
    String summary,
    List<String> keywords,
    LocalDate updated,
    String url,
    String license) {

  public static final String PUBLISHER = "Casoteca";

  /** {@code caseStudy} in {@code lang} (else its other version), cited at {@code base}. */
  public static CitedWork of(PublishedCaseStudy caseStudy, String lang, String base) {
    PublishedVersion v = caseStudy.versionOrFallback(lang);
    FrontMatter fm = v.frontMatter();
    return new CitedWork(
        caseStudy.id(),
        v.lang(),
        fm.title(),
        fm.summary(),
        fm.themes(),
        fm.updated(),
        base + "/" + v.lang() + "/case-studies/" + caseStudy.id(),
        fm.license());
  }

  /**
   * A citation key unique per case study and language, e.g. {@code casoteca-sv-ciudad-mujer-es}.
   */
  String key() {
    return "casoteca-" + id + "-" + lang;
  }
}
