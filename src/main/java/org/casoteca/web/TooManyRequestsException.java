package org.casoteca.web;

import java.time.Duration;

/** Too many attempts from one address or account; answered 429 with {@code Retry-After}. */
public class TooManyRequestsException extends RuntimeException {

  private final Duration retryAfter;

  public TooManyRequestsException(Duration retryAfter) {
    super("Too many requests; retry after " + retryAfter.toSeconds() + " s", null, false, false);
    this.retryAfter = retryAfter;
  }

  /** Whole seconds, at least one. */
  public long retryAfterSeconds() {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }
}
