package org.casoteca.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.casoteca.TestDatabases;
import org.casoteca.WorkflowFixtures;
import org.casoteca.account.Accounts;
import org.casoteca.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL stores no NUL character in text (H2 does): an address, an e-mail or a reason carrying
 * one is refused with a 4xx that names it, never a 500 (skipped without PostgreSQL).
 */
class PostgresNulIT {

  @TempDir Path work;

  private ApplicationContext app;

  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void aNulCharacterIsRefusedNeverA500() throws Exception {
    Map<String, Object> properties = new HashMap<>(TestDatabases.freshPostgresSchema());
    properties.put("casoteca.index.path", work.resolve("index").toString());
    app = ApplicationContext.run(EmbeddedServer.class, properties, "test").getApplicationContext();
    String base = "http://127.0.0.1:" + app.getBean(EmbeddedServer.class).getPort();
    WorkflowFixtures f =
        new WorkflowFixtures(
            io.micronaut.http.client.HttpClient.create(URI.create(base).toURL()),
            app.getBean(Accounts.class));
    String contributor = f.user(Role.CONTRIBUTOR).token();
    String curator = f.user(Role.CURATOR).token();

    assertRefused(send(base, "GET", "/api/case-studies/a%00b", null, null));
    assertRefused(send(base, "GET", "/es/case-studies/a%00b", null, null));
    assertRefused(
        send(
            base,
            "POST",
            "/api/auth/token",
            null,
            "{\"email\":\"a\\u0000b@example.org\",\"password\":\"x\"}"));

    String created =
        send(
                base,
                "POST",
                "/api/submissions",
                contributor,
                "{\"id\":\""
                    + WorkflowFixtures.newId()
                    + "\",\"lang\":\"es\",\"submit\":true,\"markdown\":\""
                    + WorkflowFixtures.validText("nulo")
                        .replace("\"", "\\\"")
                        .replace("\n", "\\n")
                        .replace("\r", "\\r")
                    + "\"}")
            .body();
    String id = created.replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
    send(base, "POST", "/api/submissions/" + id + "/claim", curator, null);
    assertRefused(
        send(
            base,
            "POST",
            "/api/submissions/" + id + "/request-changes",
            curator,
            "{\"reason\":\"cite\\u0000it\"}"));
  }

  private static void assertRefused(HttpResponse<String> r) {
    assertTrue(
        r.statusCode() == 400 || r.statusCode() == 404 || r.statusCode() == 401,
        r.request().uri() + " answers " + r.statusCode() + ": " + r.body());
  }

  private HttpResponse<String> send(
      String base, String method, String path, String token, String json) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return client.send(b.build(), BodyHandlers.ofString());
  }
}
