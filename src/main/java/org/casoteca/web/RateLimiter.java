package org.casoteca.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * In-memory token buckets keyed by a string (an address or an account). Each node limits on its
 * own: a sufficient brake for guessing and flooding, not an exact global quota.
 */
public final class RateLimiter {

  private static final int MAX_KEYS = 100_000;

  private final int capacity;
  private final long refillNanos;
  private final int maxKeys;
  private final LongSupplier nanoTime;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  public RateLimiter(int capacity, Duration refill) {
    this(capacity, refill, MAX_KEYS, System::nanoTime);
  }

  /** With a clock and a key cap of its own, so that tests need not wait or fill 100,000 keys. */
  RateLimiter(int capacity, Duration refill, int maxKeys, LongSupplier nanoTime) {
    this.capacity = Math.max(1, capacity);
    this.refillNanos = Math.max(1, refill.toNanos());
    this.maxKeys = maxKeys;
    this.nanoTime = nanoTime;
  }

  /** Throws {@link TooManyRequestsException} when {@code key} has no allowance left. */
  public void check(String key) {
    Bucket bucket = buckets.get(key);
    if (bucket != null) {
      Duration wait = bucket.waitTime(nanoTime.getAsLong());
      if (!wait.isZero()) {
        throw new TooManyRequestsException(wait);
      }
    }
  }

  /** Uses one allowance of {@code key}; throws when there was none left. */
  public void consume(String key) {
    long now = nanoTime.getAsLong();
    if (buckets.size() > maxKeys) {
      // A flood of distinct keys must not exhaust memory; full buckets are forgotten.
      buckets.values().removeIf(b -> b.isFull(now));
    }
    Duration wait = buckets.computeIfAbsent(key, k -> new Bucket(now)).take(now);
    if (!wait.isZero()) {
      throw new TooManyRequestsException(wait);
    }
  }

  /** How many keys are remembered. */
  int keys() {
    return buckets.size();
  }

  private final class Bucket {
    private double tokens = capacity;
    private long updated;

    Bucket(long now) {
      this.updated = now;
    }

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
