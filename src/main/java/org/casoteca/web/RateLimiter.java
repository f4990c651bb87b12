package org.casoteca.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory token buckets keyed by a string (an address or an account). Each node limits on its
 * own: a sufficient brake for guessing and flooding, not an exact global quota.
 */
public final class RateLimiter {

  private static final int MAX_KEYS = 100_000;

  private final int capacity;
  private final long refillNanos;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  public RateLimiter(int capacity, Duration refill) {
    this.capacity = Math.max(1, capacity);
    this.refillNanos = Math.max(1, refill.toNanos());
  }

  /** Throws {@link TooManyRequestsException} when {@code key} has no allowance left. */
  public void check(String key) {
    Bucket bucket = buckets.get(key);
    if (bucket != null) {
      Duration wait = bucket.waitTime(System.nanoTime());
      if (!wait.isZero()) {
        throw new TooManyRequestsException(wait);
      }
    }
  }

  /** Uses one allowance of {@code key}; throws when there was none left. */
  public void consume(String key) {
    if (buckets.size() > MAX_KEYS) {
      // A flood of distinct keys must not exhaust memory; full buckets are forgotten.
      buckets.values().removeIf(b -> b.isFull(System.nanoTime()));
    }
    Duration wait = buckets.computeIfAbsent(key, k -> new Bucket()).take(System.nanoTime());
    if (!wait.isZero()) {
      throw new TooManyRequestsException(wait);
    }
  }

  private final class Bucket {
    private double tokens = capacity;
    private long updated = System.nanoTime();

    private void refill(long now) {
      tokens = Math.min(capacity, tokens + (double) (now - updated) / refillNanos);
      updated = now;
    }

    synchronized Duration take(long now) {
      refill(now);
      if (tokens >= 1) {
        tokens -= 1;
        return Duration.ZERO;
      }
      return Duration.ofNanos((long) ((1 - tokens) * refillNanos));
    }

    synchronized Duration waitTime(long now) {
      refill(now);
      return tokens >= 1 ? Duration.ZERO : Duration.ofNanos((long) ((1 - tokens) * refillNanos));
    }

    synchronized boolean isFull(long now) {
      refill(now);
      return tokens >= capacity;
    }
  }
}
