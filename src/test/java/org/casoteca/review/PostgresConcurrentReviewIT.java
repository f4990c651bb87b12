package org.casoteca.review;

import java.util.Map;
import org.casoteca.TestDatabases;

/** The concurrency contract on PostgreSQL (skipped when no PostgreSQL is available). */
class PostgresConcurrentReviewIT extends ConcurrentReviewContract {

  @Override
  Map<String, Object> freshDatabase() {
    return TestDatabases.freshPostgresSchema();
  }
}
