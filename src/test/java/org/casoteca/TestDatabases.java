package org.casoteca;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * The PostgreSQL that integration tests run against: {@code TEST_DATABASE_URL} when set (CI sets
 * it), else a Testcontainers PostgreSQL 16 when a Docker engine exists, else the test is skipped.
 * Each call gets a fresh schema, so test classes never see each other's rows; {@link #drop} removes
 * it again. Only schemas this test run created are dropped: other runs may share the database.
 */
public final class TestDatabases {

  private static PostgreSQLContainer<?> container;

  /** Schemas created by this run, by the datasource URL that names them. */
  private static final Map<String, String> CREATED = new ConcurrentHashMap<>();

  private TestDatabases() {}

  /** Datasource properties for a new, empty schema; skips the calling test when none exists. */
  public static Map<String, Object> freshPostgresSchema() {
    String baseUrl = baseUrl().orElse(null);
    Assumptions.assumeTrue(
        baseUrl != null, "No PostgreSQL: set TEST_DATABASE_URL or run a Docker engine");
    String schema = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(baseUrl);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create a test schema in " + baseUrl, e);
    }
    String url = baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    CREATED.put(url, schema);
    return Map.of(
        "datasources.default.url", url,
        "datasources.default.username", container == null ? "" : container.getUsername(),
        "datasources.default.password", container == null ? "" : container.getPassword());
  }

  /**
   * Drops the schema of {@code database} (a map from {@link #freshPostgresSchema}) with everything
   * in it; does nothing for any other database, so callers need not know which one they had.
   */
  public static void drop(Map<String, Object> database) {
    if (database == null) {
      return;
    }
    String schema = CREATED.remove(String.valueOf(database.get("datasources.default.url")));
    if (schema == null) {
      return;
    }
    String baseUrl = baseUrl().orElseThrow();
    try (Connection c = DriverManager.getConnection(baseUrl);
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA " + schema + " CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot drop the test schema " + schema, e);
    }
  }

  private static synchronized Optional<String> baseUrl() {
    String fromEnvironment = System.getenv("TEST_DATABASE_URL");
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return Optional.of(fromEnvironment);
    }
    if (container == null && dockerAvailable()) {
      container = new PostgreSQLContainer<>("postgres:16");
      container.start();
    }
    if (container == null) {
      return Optional.empty();
    }
    return Optional.of(
        container.getJdbcUrl()
            + "?user="
            + container.getUsername()
            + "&password="
            + container.getPassword());
  }

  private static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException e) {
      return false;
    }
  }
}
