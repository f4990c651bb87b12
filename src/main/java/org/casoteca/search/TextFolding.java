package org.casoteca.search;

import java.text.Normalizer;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * Folds accents and diaeresis of vowels (policía = policia, pingüino = pinguino) but keeps ñ
 * distinct from n, because año and ano are different words.
 */
final class TextFolding {

  private static final String FROM = "áéíóúàèìòùâêîôûäëïöüÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÄËÏÖÜ";
  private static final String TO = "aeiouaeiouaeiouaeiouAEIOUAEIOUAEIOUAEIOU";

  static final NormalizeCharMap CHAR_MAP = charMap();

  private TextFolding() {}

  private static NormalizeCharMap charMap() {
    NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
    for (int i = 0; i < FROM.length(); i++) {
      builder.add(String.valueOf(FROM.charAt(i)), String.valueOf(TO.charAt(i)));
    }
    // Decomposed forms (a + combining accent) arrive from some editors.
    for (char mark : new char[] {'\u0301', '\u0300', '\u0302', '\u0308'}) {
      builder.add(String.valueOf(mark), "");
    }
    return builder.build();
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
