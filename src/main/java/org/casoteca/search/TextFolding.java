package org.casoteca.search;

import java.text.Normalizer;

/**
 * Folds accents and diaeresis of vowels (policía = policia, pingüino = pinguino) but keeps ñ
 * distinct from n, because año and ano are different words.
 */
final class TextFolding {

  private static final String FROM = "áéíóúàèìòùâêîôûäëïöüÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÄËÏÖÜ";
  private static final String TO = "aeiouaeiouaeiouaeiouAEIOUAEIOUAEIOUAEIOU";

  /** Decomposed forms (a + combining accent) arrive from some editors: the accents are dropped. */
  private static final String COMBINING = "\u0301\u0300\u0302\u0308";

  /** Characters below this one are never folded. */
  static final char FIRST_FOLDED = '\u00c0';

  /** What {@link #foldChar} returns for a character to drop. */
  static final char DROPPED = '\uffff';

  private static final char[] TABLE = table();

  private TextFolding() {}

  private static char[] table() {
    char[] table = new char['\u0309'];
    for (char c = 0; c < table.length; c++) {
      table[c] = c;
    }
    for (int i = 0; i < FROM.length(); i++) {
      table[FROM.charAt(i)] = TO.charAt(i);
    }
    for (char mark : COMBINING.toCharArray()) {
      table[mark] = DROPPED;
    }
    return table;
  }

  /** {@code c} folded as the analyzers fold it, or {@link #DROPPED} for a combining accent. */
  static char foldChar(char c) {
    return c < TABLE.length ? TABLE[c] : c;
  }

  /** The folded, lower-case form of {@code text}, for sort keys and stop-word lists. */
  static String fold(String text) {
    String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(composed.length());
    for (char c : composed.toCharArray()) {
      int i = FROM.indexOf(c);
      out.append(i >= 0 ? TO.charAt(i) : c);
    }
    return out.toString().toLowerCase(java.util.Locale.ROOT);
  }
}
