package org.casoteca.account;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Password rules and hashing with BCrypt. BCrypt reads at most 72 bytes, so longer passwords are
 * refused rather than silently cut.
 */
@Singleton
public class Passwords {

  public static final int MIN_CHARS = 10;
  public static final int MAX_BYTES = 72;

  private final BCryptPasswordEncoder encoder;
  // Compared against when the account does not exist, so timing does not reveal which emails do.
  private final String decoy;

  Passwords(SecurityConfiguration configuration) {
    this.encoder = new BCryptPasswordEncoder(configuration.getBcryptStrength());
    this.decoy = encoder.encode("decoy-password-never-used");
  }

  /** Why {@code password} is not acceptable, or empty when it is. */
  public static Optional<String> problem(String password) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_CHARS) {
      return Optional.of("must have at least " + MIN_CHARS + " characters");
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      return Optional.of("must have at most " + MAX_BYTES + " bytes (UTF-8)");
    }
    return Optional.empty();
  }

  String hash(String password) {
    return encoder.encode(password);
  }

  boolean matches(String password, String hash) {
    if (password == null || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      encoder.matches("x", decoy);
      return false;
    }
    return encoder.matches(password, hash);
  }

  void spendDecoy(String password) {
    encoder.matches(password == null ? "" : password, decoy);
  }
}
