package org.casoteca.review;

import java.util.Map;
import java.util.UUID;

/** The concurrency contract on the embedded H2 database (file mode, as the default runs). */
class H2ConcurrentReviewTest extends ConcurrentReviewContract {

  @Override
  Map<String, Object> freshDatabase() {
    return Map.of(
        "datasources.default.url",
        "jdbc:h2:file:./target/it-h2/"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
  }
}
