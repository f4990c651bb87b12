package org.casoteca.casestudy;

import java.util.Map;
import java.util.UUID;

/** Storage, import and indexing on the embedded H2 database (file mode, as the default runs). */
class H2StorageIT extends StorageAndIndexContract {

  @Override
  Map<String, Object> freshDatabase() {
    String name = "target/it-h2/" + UUID.randomUUID();
    return Map.of(
        "datasources.default.url",
        "jdbc:h2:file:./"
            + name
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0");
  }
}
