package org.casoteca.content;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.nio.file.Path;

/** Where the Markdown corpus lives and whether it is imported at start-up. */
@ConfigurationProperties("casoteca.content")
public interface ContentConfiguration {

  /** The content folder: collection folders of case studies plus {@code taxonomy.yml}. */
  @Bindable(defaultValue = "content")
  Path getPath();

  /** Import the content folder into the database when the application starts. */
  @Bindable(defaultValue = "true")
  boolean isImportOnStartup();
}
