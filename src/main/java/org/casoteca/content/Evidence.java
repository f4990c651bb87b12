package org.casoteca.content;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/** The evidence behind a case study: an overall rating, the study design and rated outcomes. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record Evidence(String rating, @Nullable String design, List<Outcome> outcomes) {

  public Evidence {
    outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
  }
}
