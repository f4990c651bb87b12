package org.casoteca.search;

import java.util.Locale;
import org.casoteca.content.Taxonomy;
import org.casoteca.content.Vocabulary;

/** The filters a search can be narrowed by, each a facet with counts. */
public enum Facet {
  COLLECTION(FieldNames.COLLECTION),
  COUNTRY(FieldNames.COUNTRY),
  THEME(FieldNames.THEME),
  POPULATION(FieldNames.POPULATION),
  EVIDENCE(FieldNames.EVIDENCE);

  private final String dimension;

  Facet(String dimension) {
    this.dimension = dimension;
  }

  /** The request parameter and Lucene facet dimension, e.g. {@code country}. */
  public String dimension() {
    return dimension;
  }

  boolean accepts(Taxonomy taxonomy, String value) {
    return this == COUNTRY ? taxonomy.isCountry(value) : vocabulary(taxonomy).contains(value);
  }

  String label(Taxonomy taxonomy, String value, String lang) {
    return this == COUNTRY
        ? taxonomy.countryLabel(value, lang)
        : vocabulary(taxonomy).label(value, lang);
  }

  String allowed(Taxonomy taxonomy) {
    return this == COUNTRY
        ? "an ISO 3166-1 alpha-2 code such as SV, or 'regional'"
        : vocabulary(taxonomy).allowed();
  }

  /** The value as stored: country codes are upper case, slugs lower case. */
  String normalize(String value) {
    String trimmed = value.trim();
    return this == COUNTRY && !Taxonomy.REGIONAL.equals(trimmed.toLowerCase(Locale.ROOT))
        ? trimmed.toUpperCase(Locale.ROOT)
        : trimmed.toLowerCase(Locale.ROOT);
  }

  private Vocabulary vocabulary(Taxonomy taxonomy) {
    return switch (this) {
      case COLLECTION -> taxonomy.collections();
      case THEME -> taxonomy.themes();
      case POPULATION -> taxonomy.populations();
      case EVIDENCE -> taxonomy.evidenceRatings();
      case COUNTRY -> taxonomy.countries();
    };
  }
}
