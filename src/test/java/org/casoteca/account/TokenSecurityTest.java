package org.casoteca.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.casoteca.WorkflowFixtures;
import org.casoteca.WorkflowFixtures.User;
import org.junit.jupiter.api.Test;

/** Tokens are signed, and forged or unsigned ones are refused. */
@MicronautTest(transactional = false)
class TokenSecurityTest {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Accounts accounts;

  private HttpStatus statusWith(String token) {
    try {
      return http.toBlocking()
          .exchange(HttpRequest.GET("/api/submissions").bearerAuth(token))
          .getStatus();
    } catch (HttpClientResponseException e) {
      return e.getStatus();
    }
  }

  @Test
  void issuedTokensAreSignedWithHs256() {
    User user = new WorkflowFixtures(http, accounts).user(Role.CONTRIBUTOR);
    String header =
        new String(
            Base64.getUrlDecoder().decode(user.token().split("\\.")[0]), StandardCharsets.UTF_8);
    assertTrue(header.contains("HS256"), header);
    assertEquals(HttpStatus.OK, statusWith(user.token()));
  }

  @Test
  void unsignedAndTamperedTokensAreRefused() {
    User user = new WorkflowFixtures(http, accounts).user(Role.CONTRIBUTOR);
    String[] parts = user.token().split("\\.");
    String none =
        Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[1]
            + ".";
    assertEquals(HttpStatus.UNAUTHORIZED, statusWith(none));
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("\"contributor\"", "\"admin\"");
    String tampered =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    assertEquals(HttpStatus.UNAUTHORIZED, statusWith(tampered));
  }
}
