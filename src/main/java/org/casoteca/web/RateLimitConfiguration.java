package org.casoteca.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Token buckets against guessing passwords and flooding the review queue: a bucket per client
 * address and one per account, each holding a number of attempts that refill one at a time.
 */
@ConfigurationProperties("casoteca.rate-limit")
public interface RateLimitConfiguration {

  /** Failed logins allowed in a burst, per address and per account. */
  @Bindable(defaultValue = "10")
  int getLoginAttempts();

  /** Time for one failed-login allowance to come back. */
  @Bindable(defaultValue = "1m")
  Duration getLoginRefill();

  /**
   * Submission writes (create, save, submit, upload) allowed in a burst, per address and account.
   */
  @Bindable(defaultValue = "30")
  int getSubmissions();

  /** Time for one submission allowance to come back. */
  @Bindable(defaultValue = "2m")
  Duration getSubmissionsRefill();

  /**
   * Previews (the editor's live preview and its Preview button) allowed in a burst, per address and
   * account: each renders up to a whole text, so a flood must not crowd out readers.
   */
  @Bindable(defaultValue = "120")
  int getPreviews();

  /** Time for one preview allowance to come back (the editor asks at most twice a second). */
  @Bindable(defaultValue = "500ms")
  Duration getPreviewsRefill();
}
