package org.casoteca.site;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casoteca.casestudy.PublishedCaseStudy;
import org.casoteca.casestudy.PublishedVersion;
import org.casoteca.content.FrontMatter;
import org.casoteca.content.Taxonomy;

/** The schema.org description of a case study page (JSON-LD), for search engines and previews. */
@Singleton
class CaseStudyJsonLd {

  private final JsonMapper json;
  private final Taxonomy taxonomy;

  CaseStudyJsonLd(JsonMapper json, Taxonomy taxonomy) {
    this.json = json;
    this.taxonomy = taxonomy;
  }

  String of(PublishedCaseStudy cs, PublishedVersion v, String base) {
    FrontMatter fm = v.frontMatter();
    String lang = v.lang();
    Map<String, Object> publisher = new LinkedHashMap<>();
    publisher.put("@type", "Organization");
    publisher.put("name", "Casoteca");
    publisher.put("url", base + "/");
    Map<String, Object> ld = new LinkedHashMap<>();
    ld.put("@context", "https://schema.org");
    ld.put("@type", "Article");
    ld.put("headline", fm.title());
    ld.put("name", fm.title());
    ld.put("description", fm.summary());
    ld.put("inLanguage", lang);
    ld.put("url", base + "/" + lang + "/case-studies/" + cs.id());
    ld.put("dateModified", fm.updated().toString());
    ld.put("license", licenseUrl(fm.license()));
    ld.put("isAccessibleForFree", true);
    ld.put("author", publisher);
    ld.put("publisher", publisher);
    ld.put("genre", taxonomy.collections().label(cs.collection(), lang));
    ld.put("about", fm.themes().stream().map(t -> taxonomy.themes().label(t, lang)).toList());
    ld.put(
        "spatialCoverage",
        fm.countries().stream()
            .map(c -> Map.of("@type", "Place", "name", taxonomy.countryLabel(c, lang)))
            .toList());
    if (fm.startYear() != null) {
      ld.put(
          "temporalCoverage", fm.startYear() + "/" + (fm.endYear() == null ? ".." : fm.endYear()));
    }
    ld.put(
        "citation",
        fm.sources().stream()
            .map(s -> Map.of("@type", "CreativeWork", "name", s.title(), "url", s.url()))
            .toList());
    try {
      // "<" escaped so that no text in the data can close the script element.
      return json.writeValueAsString(ld).replace("<", "\\u003c");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object licenseUrl(String spdx) {
    return "CC-BY-4.0".equals(spdx) ? "https://creativecommons.org/licenses/by/4.0/" : spdx;
  }
}
