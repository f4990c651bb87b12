package org.casoteca.casestudy;

import java.util.Map;
import org.casoteca.TestDatabases;

/** Storage, import and indexing on PostgreSQL (skipped when no PostgreSQL is available). */
class PostgresStorageIT extends StorageAndIndexContract {

  @Override
  Map<String, Object> freshDatabase() {
    return TestDatabases.freshPostgresSchema();
  }
}
