package org.casoteca.search;

import java.util.Locale;

/**
 * How the hits of a search matched the query: every word ({@code all}), only some of them because
 * no case study contains them all ({@code partial}), or every word once misspelt words were
 * corrected ({@code corrected}).
 */
public enum MatchKind {
  ALL,
  PARTIAL,
  CORRECTED;

  /** The API's spelling: {@code all}, {@code partial}, {@code corrected}. */
  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }
}
