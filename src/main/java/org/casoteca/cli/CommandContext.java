package org.casoteca.cli;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * An application context for a command that needs the database but not the server: no content
 * import, and a throw-away index folder so that a running server's index is never touched.
 */
final class CommandContext {

  private CommandContext() {}

  static ApplicationContext start() throws IOException {
    Path index = Files.createTempDirectory("casoteca-cli-index");
    return ApplicationContext.builder()
        .deduceEnvironment(false)
        .properties(
            Map.of(
                "casoteca.content.import-on-startup",
                false,
                "casoteca.index.path",
                index.toString()))
        .start();
  }
}
