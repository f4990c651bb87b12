package org.casoteca;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.casoteca.account.Account;
import org.casoteca.account.Accounts;
import org.casoteca.account.Role;

/** Accounts, tokens and valid case-study texts for workflow tests. */
public final class WorkflowFixtures {

  public static final String PASSWORD = "correct horse battery";
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final HttpClient http;
  private final Accounts accounts;

  public WorkflowFixtures(HttpClient http, Accounts accounts) {
    this.http = http;
    this.accounts = accounts;
  }

  /** A new account with {@code role} and a Bearer token for it. */
  public User user(Role role) {
    String email = role.column() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.org";
    Account account = accounts.register(email, PASSWORD);
    if (role != Role.CONTRIBUTOR) {
      account = accounts.changeRole(account.id(), role);
    }
    return new User(account, email, token(email, PASSWORD));
  }

  public String token(String email, String password) {
    Map<String, Object> body =
        http.toBlocking()
            .retrieve(
                HttpRequest.POST("/api/auth/token", Map.of("email", email, "password", password)),
                Argument.mapOf(String.class, Object.class));
    return (String) body.get("access_token");
  }

  /** A fresh case-study id. */
  public static String newId() {
    return "test-case-"
        + COUNTER.incrementAndGet()
        + "-"
        + UUID.randomUUID().toString().substring(0, 6);
  }

  /** A valid Spanish case study whose title and body carry {@code word}. */
  public static String validText(String word) {
    return "---\n"
        + "title: \"Programa "
        + word
        + " de prueba\"\n"
        + "summary: \"Un caso de prueba sobre "
        + word
        + ".\"\n"
        + "collection: tool\n"
        + "countries: [GT]\n"
        + "themes: [vawg]\n"
        + "evidence:\n"
        + "  rating: practice_based\n"
        + "sources:\n"
        + "  - title: \"Fuente\"\n"
        + "    url: \"https://example.org/fuente\"\n"
        + "updated: 2026-11-28\n"
        + "---\n\n"
        + "## Contexto\n\n"
        + "El programa "
        + word
        + " atiende a mujeres.   \r\n"
        + "Segunda línea con espacios finales.  \n";
  }

  public <T> HttpResponse<Map<String, Object>> exchange(MutableHttpRequest<T> request, User user) {
    if (user != null) {
      request.bearerAuth(user.token());
    }
    return http.toBlocking().exchange(request, Argument.mapOf(String.class, Object.class));
  }

  /** The status and body of a refused request. */
  public <T> HttpClientResponseException refused(MutableHttpRequest<T> request, User user) {
    try {
      exchange(request, user);
    } catch (HttpClientResponseException e) {
      return e;
    }
    throw new AssertionError("expected a refusal of " + request.getPath());
  }

  /** A person with a Bearer token. */
  public record User(Account account, String email, String token) {}
}
