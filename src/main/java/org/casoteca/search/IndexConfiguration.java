package org.casoteca.search;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.nio.file.Path;
import java.time.Duration;

/** Where the search index lives and how often it checks the change log. */
@ConfigurationProperties("casoteca.index")
public interface IndexConfiguration {

  /** The index folder; derived data, rebuilt from the database when missing or broken. */
  @Bindable(defaultValue = "data/index")
  Path getPath();

  /** How often the index looks for changes written by other nodes. */
  @Bindable(defaultValue = "1s")
  Duration getPollInterval();
}
