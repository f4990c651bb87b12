package org.casoteca.submission;

import jakarta.inject.Singleton;
import org.casoteca.account.Viewer;
import org.casoteca.web.RateLimitConfiguration;
import org.casoteca.web.RateLimiter;

/**
 * Submission writes (create, save, submit, upload) and previews, each limited per address and per
 * account.
 */
@Singleton
public class SubmissionLimiter {

  private final RateLimiter limiter;
  private final RateLimiter previews;

  SubmissionLimiter(RateLimitConfiguration configuration) {
    this.limiter =
        new RateLimiter(configuration.getSubmissions(), configuration.getSubmissionsRefill());
    this.previews = new RateLimiter(configuration.getPreviews(), configuration.getPreviewsRefill());
  }

  /** Uses one preview allowance; 429 with Retry-After when there is none left. */
  public void consumePreview(String address, Viewer viewer) {
    previews.consume("account:" + viewer.id());
    previews.consume("ip:" + address);
  }

  /** Uses one allowance; 429 with Retry-After when there is none left. */
  public void consume(String address, Viewer viewer) {
    limiter.consume("account:" + viewer.id());
    limiter.consume("ip:" + address);
  }
}
