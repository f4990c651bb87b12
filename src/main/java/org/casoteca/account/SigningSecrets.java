package org.casoteca.account;

import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret that signs session tokens: configured ({@code casoteca.security.jwt-secret}), or
 * generated once and kept in the database so that restarts and other nodes accept issued tokens.
 * There is no built-in default. The CSRF key is derived from it.
 */
@Singleton
class SigningSecrets {

  static final String JWT = "jwt";
  private static final int MIN_CHARS = 32;

  private final String jwtSecret;
  private final byte[] csrfKey;

  SigningSecrets(SecurityConfiguration configuration, SecretRepository secrets) {
    String configured = configuration.getJwtSecret();
    if (configured != null && !configured.isBlank()) {
      if (configured.length() < MIN_CHARS) {
        throw new ConfigurationException(
            "casoteca.security.jwt-secret must have at least " + MIN_CHARS + " characters");
      }
      this.jwtSecret = configured;
    } else {
      this.jwtSecret = storedOrNew(secrets);
    }
    this.csrfKey = hmac(jwtSecret.getBytes(StandardCharsets.UTF_8), "casoteca-csrf");
  }

  String jwtSecret() {
    return jwtSecret;
  }

  byte[] csrfKey() {
    return csrfKey.clone();
  }

  private static String storedOrNew(SecretRepository secrets) {
    return secrets
        .findById(JWT)
        .map(SecretRow::secretValue)
        .orElseGet(
            () -> {
              byte[] random = new byte[48];
              new SecureRandom().nextBytes(random);
              String value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
              try {
                secrets.save(new SecretRow(JWT, value, Instant.now()));
                return value;
              } catch (DataAccessException e) {
                // Another node stored one first: use that.
                return secrets.findById(JWT).map(SecretRow::secretValue).orElseThrow(() -> e);
              }
            });
  }

  static byte[] hmac(byte[] key, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
