package org.casoteca.search;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * {@code /health} says whether this node's index can be written: DOWN while writes fail (a full
 * disk), with the reason and the last sequence committed, UP again once it has caught up.
 */
@Singleton
class IndexHealthIndicator implements HealthIndicator {

  private final SearchIndex index;

  IndexHealthIndicator(SearchIndex index) {
    this.index = index;
  }

  @Override
  public Publisher<HealthResult> getResult() {
    String failure = index.failure();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("last_seq", index.lastSeq());
    if (failure != null) {
      details.put("error", failure);
    }
    return Publishers.just(
        HealthResult.builder("index", failure == null ? HealthStatus.UP : HealthStatus.DOWN)
            .details(details)
            .build());
  }
}
