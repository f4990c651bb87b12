package org.casoteca.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.casoteca.WorkflowFixtures;
import org.casoteca.WorkflowFixtures.User;
import org.junit.jupiter.api.Test;

/**
 * Failed logins and submissions are rate limited (429 with Retry-After); the first administrator
 * comes from configuration; passwords follow the rules.
 */
@MicronautTest(transactional = false)
@Property(name = "casoteca.rate-limit.login-attempts", value = "3")
@Property(name = "casoteca.rate-limit.login-refill", value = "10m")
@Property(name = "casoteca.rate-limit.submissions", value = "2")
@Property(name = "casoteca.rate-limit.submissions-refill", value = "10m")
@Property(name = "casoteca.admin.email", value = "First.Admin@Example.org")
@Property(name = "casoteca.admin.password", value = "a long admin password")
class LimitsAndBootstrapTest {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Accounts accounts;
  @Inject SessionTokens tokens;

  private HttpClientResponseException tokenFailure(String email, String password) {
    try {
      http.toBlocking()
          .exchange(
              HttpRequest.POST("/api/auth/token", Map.of("email", email, "password", password)));
    } catch (HttpClientResponseException e) {
      return e;
    }
    throw new AssertionError("expected a refusal");
  }

  @Test
  void failedLoginsAreLimitedWithRetryAfter() {
    String email = "guess-" + System.nanoTime() + "@test.org";
    accounts.register(email, WorkflowFixtures.PASSWORD);
    for (int i = 0; i < 3; i++) {
      assertEquals(HttpStatus.UNAUTHORIZED, tokenFailure(email, "wrong password " + i).getStatus());
    }
    HttpClientResponseException limited = tokenFailure(email, WorkflowFixtures.PASSWORD);
    assertEquals(HttpStatus.TOO_MANY_REQUESTS, limited.getStatus(), "even the right password now");
    String retryAfter = limited.getResponse().header("Retry-After");
    assertNotNull(retryAfter);
    assertTrue(Long.parseLong(retryAfter) > 0);
  }

  @Test
  void submissionsAreLimitedPerAccount() {
    WorkflowFixtures f = new WorkflowFixtures(http, accounts);
    // Tokens are issued directly: the login limit of this address may be spent by another test.
    Account account =
        accounts.register("limited-" + System.nanoTime() + "@test.org", WorkflowFixtures.PASSWORD);
    User user = new User(account, account.email(), tokens.issue(account));
    byte[] text = WorkflowFixtures.validText("limite").getBytes(StandardCharsets.UTF_8);
    int created = 0;
    HttpStatus last = HttpStatus.CREATED;
    for (int i = 0; i < 3; i++) {
      try {
        f.exchange(
            HttpRequest.POST("/api/submissions?id=" + WorkflowFixtures.newId() + "&lang=es", text)
                .contentType("text/markdown"),
            user);
        created++;
      } catch (HttpClientResponseException e) {
        last = e.getStatus();
        assertNotNull(e.getResponse().header("Retry-After"));
      }
    }
    assertEquals(2, created);
    assertEquals(HttpStatus.TOO_MANY_REQUESTS, last);
  }

  @Test
  void theFirstAdministratorComesFromConfiguration() {
    Account admin =
        accounts.authenticate("first.admin@example.org", "a long admin password").orElseThrow();
    assertEquals(Role.ADMIN, admin.role());
  }

  @Test
  void passwordRulesAreExplicit() {
    assertTrue(Passwords.problem("short").isPresent());
    assertTrue(Passwords.problem("ñ".repeat(37)).isPresent(), "74 bytes: over BCrypt's 72");
    assertTrue(Passwords.problem("a".repeat(72)).isEmpty());
    assertTrue(Passwords.problem("ten chars!").isEmpty());
  }
}
