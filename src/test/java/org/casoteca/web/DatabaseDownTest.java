package org.casoteca.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.util.UUID;
import org.casoteca.TcpProxy;
import org.casoteca.WorkflowFixtures;
import org.casoteca.account.Accounts;
import org.casoteca.search.IndexFollower;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database goes away under a running server (the TCP proxy in front of its H2 server stops, so
 * open connections are cut and new ones refused, as when a database host goes down): reading keeps
 * answering from the index, writes answer 503 with Retry-After and a problem body, and everything
 * works again once the database is back, without a restart. A second server on the same index
 * folder refuses to start.
 */
class DatabaseDownTest {

  @TempDir Path work;

  private Server database;
  TcpProxy proxy;
  private ApplicationContext app;

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
    if (proxy != null) {
      proxy.stop();
    }
    if (database != null) {
      database.stop();
    }
  }

  @Test
  void readsKeepAnsweringWritesAnswer503AndAllRecoversWhenTheDatabaseReturns() throws Exception {
    app = start(datasource(), work.resolve("index"));
    app.getBean(IndexFollower.class).catchUp();
    String base = "http://127.0.0.1:" + app.getBean(EmbeddedServer.class).getPort();
    WorkflowFixtures fixtures =
        new WorkflowFixtures(
            io.micronaut.http.client.HttpClient.create(URI.create(base).toURL()),
            app.getBean(Accounts.class));
    String token = fixtures.user(org.casoteca.account.Role.CONTRIBUTOR).token();

    proxy.stop();

    HttpResponse<String> write = submit(base, token);
    assertEquals(503, write.statusCode(), write.body());
    assertTrue(write.headers().firstValue("Retry-After").isPresent(), "says when to retry");
    assertEquals(
        "application/problem+json", write.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(write.body().contains("nothing was saved"), write.body());
    HttpResponse<String> health = get(base + "/health");
    assertEquals(503, health.statusCode(), "/health reports the database down: " + health.body());
    for (String path :
        new String[] {"/api/case-studies?q=violencia", "/es/search?q=violencia", "/es/"}) {
      assertEquals(200, get(base + path).statusCode(), path + " answers from the index");
    }
    HttpResponse<String> page = get(base + "/es/search?q=violencia");
    assertTrue(page.body().contains("/es/case-studies/"), "results come from the index");

    proxy.start();

    // The pool may still be backing off from its failed attempts: a client that retries (as
    // Retry-After asks) gets through without anyone restarting anything.
    HttpResponse<String> again = submit(base, token);
    for (int attempt = 1; again.statusCode() == 503 && attempt < 10; attempt++) {
      again = submit(base, token);
    }
    assertEquals(201, again.statusCode(), "the pool reconnects by itself: " + again.body());
    assertEquals(200, get(base + "/health").statusCode(), "and /health is UP again");
  }

  /**
   * Datasource properties of a fresh database reached through {@link #proxy}: H2 over TCP here,
   * PostgreSQL in {@link PostgresDatabaseDownIT}.
   */
  Map<String, Object> datasource() throws Exception {
    database = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
    proxy = new TcpProxy("127.0.0.1", database.getPort()).start();
    return Map.of(
        "datasources.default.url",
        "jdbc:h2:tcp://127.0.0.1:"
            + proxy.port()
            + "/"
            + work.resolve("db").toAbsolutePath()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
  }

  @Test
  void aSecondServerOnTheSameIndexFolderRefusesToStart() {
    Path index = work.resolve("shared-index");
    app = start(Map.of("datasources.default.url", memoryDatabase()), index);
    RuntimeException refused =
        assertThrows(
            RuntimeException.class,
            () -> start(Map.of("datasources.default.url", memoryDatabase()), index).close());
    StringBuilder messages = new StringBuilder();
    for (Throwable t = refused; t != null; t = t.getCause()) {
      messages.append(t.getMessage()).append('\n');
    }
    assertTrue(
        messages.toString().contains("is used by another running Casoteca"),
        "the message says what is wrong: " + messages);
  }

  private static String memoryDatabase() {
    return "jdbc:h2:mem:second-"
        + UUID.randomUUID()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
  }

  private static ApplicationContext start(Map<String, Object> datasource, Path index) {
    Map<String, Object> properties = new HashMap<>(datasource);
    properties.put("casoteca.index.path", index.toString());
    return ApplicationContext.run(EmbeddedServer.class, properties, "test").getApplicationContext();
  }

  private HttpResponse<String> submit(String base, String token) throws Exception {
    String body =
        "{\"id\":\""
            + WorkflowFixtures.newId()
            + "\",\"lang\":\"es\",\"markdown\":"
            + quoted(WorkflowFixtures.validText("caida"))
            + "}";
    return client.send(
        HttpRequest.newBuilder(URI.create(base + "/api/submissions"))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token)
            .POST(BodyPublishers.ofString(body))
            .build(),
        BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String url) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
        BodyHandlers.ofString());
  }

  private static String quoted(String text) {
    return "\""
        + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
        + "\"";
  }
}
