package org.casoteca.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Token buckets on a clock the test moves: bursts, refill, Retry-After and the key cap. */
class RateLimiterTest {

  private final AtomicLong now = new AtomicLong(1_000_000_000L);

  private RateLimiter limiter(int capacity, Duration refill, int maxKeys) {
    return new RateLimiter(capacity, refill, maxKeys, now::get);
  }

  private void advance(Duration d) {
    now.addAndGet(d.toNanos());
  }

  @Test
  void aBurstUpToTheCapacityPassesAndTheNextIsRefusedWithTheWaitUntilOneMoreToken() {
    RateLimiter limiter = limiter(3, Duration.ofMinutes(1), 100);
    for (int i = 0; i < 3; i++) {
      assertDoesNotThrow(() -> limiter.consume("a"));
    }
    TooManyRequestsException refused =
        assertThrows(TooManyRequestsException.class, () -> limiter.consume("a"));
    assertEquals(60, refused.retryAfterSeconds());
    assertThrows(TooManyRequestsException.class, () -> limiter.check("a"));
  }

  @Test
  void oneTokenComesBackPerRefillPeriodAndRetryAfterShrinksMeanwhile() {
    RateLimiter limiter = limiter(2, Duration.ofMinutes(1), 100);
    limiter.consume("a");
    limiter.consume("a");
    advance(Duration.ofSeconds(45));
    assertEquals(
        15,
        assertThrows(TooManyRequestsException.class, () -> limiter.consume("a"))
            .retryAfterSeconds());
    advance(Duration.ofSeconds(15));
    assertDoesNotThrow(() -> limiter.consume("a"));
    assertThrows(TooManyRequestsException.class, () -> limiter.consume("a"));
  }

  @Test
  void aLongPauseRefillsToTheCapacityNotBeyond() {
    RateLimiter limiter = limiter(2, Duration.ofSeconds(10), 100);
    limiter.consume("a");
    advance(Duration.ofDays(1));
    limiter.consume("a");
    limiter.consume("a");
    assertThrows(TooManyRequestsException.class, () -> limiter.consume("a"));
  }

  @Test
  void keysAreLimitedSeparatelyAndCheckUsesNothing() {
    RateLimiter limiter = limiter(1, Duration.ofMinutes(1), 100);
    limiter.consume("a");
    assertDoesNotThrow(() -> limiter.check("b"));
    assertDoesNotThrow(() -> limiter.check("b"));
    assertDoesNotThrow(() -> limiter.consume("b"));
    assertThrows(TooManyRequestsException.class, () -> limiter.consume("b"));
    assertThrows(TooManyRequestsException.class, () -> limiter.consume("a"));
  }

  @Test
  void aFloodOfNewKeysForgetsFullBucketsButNotTheDrainedOne() {
    RateLimiter limiter = limiter(2, Duration.ofMinutes(1), 10);
    limiter.consume("attacker");
    limiter.consume("attacker");
    for (int i = 0; i < 1_000; i++) {
      try {
        limiter.consume("flood-" + i);
      } catch (TooManyRequestsException e) {
        throw new AssertionError("a fresh key is never limited", e);
      }
      // A flood key keeps one token of two until a refill fills its bucket; the attacker spends
      // each token it gets back, so its bucket is never full.
      advance(Duration.ofMinutes(1));
      limiter.consume("attacker");
    }
    assertTrue(limiter.keys() <= 12, "keys remembered: " + limiter.keys());
    assertThrows(
        TooManyRequestsException.class,
        () -> limiter.consume("attacker"),
        "the flood did not reset the drained key");
  }
}
