package org.casoteca.web;

import io.micronaut.data.connection.exceptions.ConnectionException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Reads a failure's causes for the two database answers that are not our bug: the database cannot
 * be reached (503, try again), or it refused a character in the text (PostgreSQL stores no NUL).
 */
final class DatabaseErrors {

  /** PostgreSQL: "invalid byte sequence" (0x00 in text) and "untranslatable character". */
  private static final String INVALID_CHARACTER = "22021";

  private static final String UNTRANSLATABLE = "22P05";

  private DatabaseErrors() {}

  static boolean unreachable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      // ConnectionException: the pool handed out a connection that died meanwhile (its SQLException
      // "Connection is closed" carries no SQL state), seen when the database drops mid-request.
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof ConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("08")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  static boolean refusedCharacter(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && (INVALID_CHARACTER.equals(sql.getSQLState())
              || UNTRANSLATABLE.equals(sql.getSQLState()))) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
