package org.casoteca.search;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import org.apache.lucene.store.FSDirectory;

/** In tests that ask for it, the application's index lives on a {@link FillableDirectory}. */
@Factory
@Requires(property = FillableIndexFactory.ENABLED, value = "true")
class FillableIndexFactory {

  static final String ENABLED = "casoteca.test.fillable-index";

  @Singleton
  FillableDirectory fillableDirectory(IndexConfiguration configuration) throws IOException {
    Files.createDirectories(configuration.getPath());
    return new FillableDirectory(FSDirectory.open(configuration.getPath()));
  }

  @Singleton
  @Replaces(bean = SearchIndex.class, factory = SearchIndexFactory.class)
  @Bean(preDestroy = "close")
  SearchIndex searchIndex(FillableDirectory directory) throws IOException {
    return new SearchIndex(directory);
  }
}
