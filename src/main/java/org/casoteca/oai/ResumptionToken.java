package org.casoteca.oai;

import io.micronaut.core.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a list continues: the original selection and the id of the last record sent. Records are
 * listed in id order, so a token stays valid when records are added or changed meanwhile.
 */
record ResumptionToken(
    String verb,
    @Nullable String set,
    @Nullable String from,
    @Nullable String until,
    String after) {

  private static final String SEPARATOR = "\u001f";

  String encode() {
    String raw =
        String.join(
            SEPARATOR, "v1", verb, nullToEmpty(set), nullToEmpty(from), nullToEmpty(until), after);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  static ResumptionToken decode(String token, String verb) {
    String raw;
    try {
      raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw bad();
    }
    String[] parts = raw.split(SEPARATOR, -1);
    if (parts.length != 6 || !parts[0].equals("v1") || !parts[1].equals(verb)) {
      throw bad();
    }
    return new ResumptionToken(
        parts[1], emptyToNull(parts[2]), emptyToNull(parts[3]), emptyToNull(parts[4]), parts[5]);
  }

  private static OaiError bad() {
    return new OaiError("badResumptionToken", "The resumption token is invalid or expired");
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
