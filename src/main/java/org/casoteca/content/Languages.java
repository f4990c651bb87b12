package org.casoteca.content;

import java.util.List;

/** The languages Casoteca publishes in: Spanish first, English second. */
public final class Languages {

  public static final String SPANISH = "es";
  public static final String ENGLISH = "en";
  public static final List<String> SUPPORTED = List.of(SPANISH, ENGLISH);

  private Languages() {}

  public static boolean isSupported(String lang) {
    return SUPPORTED.contains(lang);
  }

  /** The other language of a bilingual pair: English for Spanish and Spanish for English. */
  public static String other(String lang) {
    return SPANISH.equals(lang) ? ENGLISH : SPANISH;
  }
}
