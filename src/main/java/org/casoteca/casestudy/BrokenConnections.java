package org.casoteca.casestudy;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;

/**
 * Tells the connection pool to drop a connection whose link to the database broke. The pool knows
 * PostgreSQL's SQLSTATE 08 codes, but H2 reports a broken link with codes of its own (90067,
 * 90121), so without this its dead connections went back to the pool and were handed out again
 * after the database returned. Named in {@code application.yml}; the pool creates it.
 */
public final class BrokenConnections implements SQLExceptionOverride {

  @java.lang.Override
  public Override adjudicate(SQLException e) {
    return e instanceof SQLNonTransientConnectionException
        ? Override.MUST_EVICT
        : Override.CONTINUE_EVICT;
  }
}
