package org.casoteca.submission;

import jakarta.inject.Singleton;
import org.casoteca.account.Viewer;
import org.casoteca.web.RateLimitConfiguration;
import org.casoteca.web.RateLimiter;

/** Submission writes (create, save, submit, upload), limited per address and per account. */
@Singleton
public class SubmissionLimiter {

  private final RateLimiter limiter;

  SubmissionLimiter(RateLimitConfiguration configuration) {
    this.limiter =
        new RateLimiter(configuration.getSubmissions(), configuration.getSubmissionsRefill());
  }

  /** Uses one allowance; 429 with Retry-After when there is none left. */
  public void consume(String address, Viewer viewer) {
    limiter.consume("account:" + viewer.id());
    limiter.consume("ip:" + address);
  }
}
