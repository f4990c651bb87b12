package org.casoteca.cli;

import io.micronaut.context.ApplicationContext;
import java.util.Map;

/**
 * An application context for a command that needs the database but not the server: no content
 * import and no search index (the {@value #ENVIRONMENT} environment leaves out the beans that would
 * open one), so a command neither touches a running server's index nor leaves a folder behind.
 */
final class CommandContext {

  /** The environment of command contexts; beans that only a server needs require its absence. */
  static final String ENVIRONMENT = "cli";

  private CommandContext() {}

  static ApplicationContext start() {
    return ApplicationContext.builder()
        .deduceEnvironment(false)
        .environments(ENVIRONMENT)
        .properties(Map.of("casoteca.content.import-on-startup", false))
        .start();
  }
}
