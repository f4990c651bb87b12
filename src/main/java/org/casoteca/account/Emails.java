package org.casoteca.account;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Email addresses as account names: trimmed, lower-cased, plausibly shaped, at most 254 chars. */
final class Emails {

  private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

  private Emails() {}

  static String normalize(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }

  static Optional<String> problem(String normalized) {
    if (normalized.length() > 254 || !SHAPE.matcher(normalized).matches()) {
      return Optional.of("must be an email address");
    }
    return Optional.empty();
  }
}
