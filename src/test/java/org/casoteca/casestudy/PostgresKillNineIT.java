package org.casoteca.casestudy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.casoteca.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** kill -9 on PostgreSQL, in a fresh schema; skipped when no PostgreSQL is available. */
class PostgresKillNineIT extends KillNineContract {

  private Map<String, Object> database;

  @BeforeEach
  void schema() {
    database = TestDatabases.freshPostgresSchema();
  }

  @AfterEach
  void dropSchema() throws InterruptedException {
    stop(); // the application's connections go first
    TestDatabases.drop(database);
  }

  @Override
  List<String> databaseProperties() {
    return List.of(
        "-Ddatasources.default.url=" + database.get("datasources.default.url"),
        "-Ddatasources.default.username=" + database.get("datasources.default.username"),
        "-Ddatasources.default.password=" + database.get("datasources.default.password"));
  }

  @Override
  Connection connect() throws SQLException {
    return DriverManager.getConnection(
        (String) database.get("datasources.default.url"),
        (String) database.get("datasources.default.username"),
        (String) database.get("datasources.default.password"));
  }
}
