package org.casoteca.search;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.lucene.util.BytesRef;

/** One thing the autocomplete can offer, under the language(s) it is offered in. */
record SuggestionEntry(String label, String kind, String value, long weight, Set<String> langs) {

  static final String CASE_STUDY = "case_study";
  static final String THEME = "theme";
  static final String COUNTRY = "country";

  BytesRef payload() {
    return new BytesRef(kind + "|" + value);
  }

  static String[] readPayload(BytesRef payload) {
    return payload.utf8ToString().split("\\|", 2);
  }

  Set<BytesRef> contexts() {
    return Set.copyOf(
        langs.stream().map(l -> new BytesRef(l.getBytes(StandardCharsets.UTF_8))).toList());
  }
}
