package org.casoteca.search;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/** Opens the on-disk index of this node. */
@Factory
class SearchIndexFactory {

  @Singleton
  @Bean(preDestroy = "close")
  SearchIndex searchIndex(IndexConfiguration configuration) {
    try {
      Files.createDirectories(configuration.getPath());
      return new SearchIndex(FSDirectory.open(configuration.getPath()));
    } catch (LockObtainFailedException e) {
      throw new IllegalStateException(
          "The search index at "
              + configuration.getPath()
              + " is used by another running Casoteca; give each instance its own casoteca.index.path",
          e);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot open the search index at " + configuration.getPath(), e);
    }
  }
}
