package org.casoteca.casestudy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/** kill -9 on the embedded H2 default, in its default place under the application's home. */
class H2KillNineIT extends KillNineContract {

  @Override
  List<String> databaseProperties() {
    return List.of();
  }

  @Override
  Connection connect() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:h2:file:" + home + "/data/casoteca;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
  }
}
