package org.casoteca.account;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.csrf.generator.CsrfHmacTokenGenerator;
import io.micronaut.security.csrf.generator.CsrfTokenGenerator;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * CSRF tokens for the double-submit cookie: a random value with its HMAC under Casoteca's own key.
 * Unlike the library default, a token is not bound to the sign-in session: a form opened before the
 * session expired can still be posted after signing in again, so no text is lost; the cookie stays
 * SameSite=Strict and HttpOnly, and the key never leaves the server.
 */
@Singleton
@Replaces(CsrfTokenGenerator.class)
class SignedCsrfTokenGenerator implements CsrfHmacTokenGenerator<HttpRequest<?>> {

  private final SecureRandom random = new SecureRandom();
  private final byte[] key;

  SignedCsrfTokenGenerator(SigningSecrets secrets) {
    this.key = secrets.csrfKey();
  }

  @Override
  public String generateCsrfToken(HttpRequest<?> request) {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return hmac(request, value) + HMAC_RANDOM_SEPARATOR + value;
  }

  @Override
  public String hmac(HttpRequest<?> request, String base64EncodedRandomValue) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(SigningSecrets.hmac(key, base64EncodedRandomValue));
  }

  boolean isSigned(String token) {
    int dot = token.indexOf(HMAC_RANDOM_SEPARATOR);
    if (dot <= 0 || dot != token.lastIndexOf(HMAC_RANDOM_SEPARATOR)) {
      return false;
    }
    String expected = hmac(null, token.substring(dot + 1));
    return java.security.MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8),
        token.substring(0, dot).getBytes(StandardCharsets.UTF_8));
  }
}
