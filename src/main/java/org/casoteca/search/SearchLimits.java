package org.casoteca.search;

/** Caps on what one search may ask for, so that no request costs more than a normal one. */
final class SearchLimits {

  static final int MAX_QUERY_CHARS = 500;
  static final int MAX_NESTING = 10;
  static final int MAX_VALUES_PER_FACET = 20;
  static final int MAX_PAGE_SIZE = 100;
  static final int DEFAULT_PAGE_SIZE = 20;
  static final int MAX_RESULT_WINDOW = 10_000;
  static final int MIN_YEAR = 1900;
  static final int MAX_YEAR = 2100;

  private SearchLimits() {}
}
