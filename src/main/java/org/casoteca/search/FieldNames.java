package org.casoteca.search;

/**
 * The names of the Lucene fields of a case-study document, in one place. Language-dependent fields
 * end in {@code _es} or {@code _en}; their analyzer is chosen by that suffix.
 */
final class FieldNames {

  static final String ID = "id";
  static final String LANGUAGES = "languages";
  static final String COLLECTION = "collection";
  static final String COUNTRY = "country";
  static final String THEME = "theme";
  static final String POPULATION = "population";
  static final String EVIDENCE = "evidence";
  static final String START_YEAR = "start_year";
  static final String UPDATED = "updated";
  static final String ALIASES = "aliases";

  /** Every word of every version, folded but not stemmed: the dictionary of the spell checker. */
  static final String SPELL = "spell";

  static final String TITLE = "title_";
  static final String SUMMARY = "summary_";
  static final String BODY = "body_";
  static final String TITLE_SORT = "title_sort_";

  private FieldNames() {}

  static String title(String lang) {
    return TITLE + lang;
  }

  static String summary(String lang) {
    return SUMMARY + lang;
  }

  static String body(String lang) {
    return BODY + lang;
  }

  static String titleSort(String lang) {
    return TITLE_SORT + lang;
  }
}
