package org.casoteca.casestudy;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.casoteca.content.ContentConfiguration;

/** Imports the content folder when the application starts, unless configured off. */
// Commands (the "cli" environment) run without a search index or an import.
@Requires(notEnv = "cli")
@Singleton
class ImportOnStartup {

  private final ContentConfiguration configuration;
  private final ContentImporter importer;

  ImportOnStartup(ContentConfiguration configuration, ContentImporter importer) {
    this.configuration = configuration;
    this.importer = importer;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    if (configuration.isImportOnStartup()) {
      importer.importFolder(configuration.getPath());
    }
  }
}
