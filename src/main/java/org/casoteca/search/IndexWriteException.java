package org.casoteca.search;

/**
 * A write to the search index failed (it has been logged, and the writer reopened on the last
 * commit); the change log still holds the change, so the next catch-up applies it again.
 */
final class IndexWriteException extends RuntimeException {

  IndexWriteException(String reason, Throwable cause) {
    super(reason, cause, false, false);
  }
}
