package org.casoteca.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The log names the address the server listens on, once it listens. */
class ListeningLogTest {

  @Test
  void theLogSaysWhereTheServerListens() {
    Logger logger = (Logger) LoggerFactory.getLogger(ListeningLog.class);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    // Tests log at WARN; this test reads the INFO line that production logs.
    ch.qos.logback.classic.Level before = logger.getLevel();
    logger.setLevel(ch.qos.logback.classic.Level.INFO);
    try (EmbeddedServer server =
        ApplicationContext.run(
            EmbeddedServer.class, Map.of("casoteca.content.import-on-startup", "false"), "test")) {
      String url = server.getURL().toString().replaceAll("/$", "");
      assertTrue(
          appender.list.stream()
              .anyMatch(e -> e.getFormattedMessage().startsWith("Casoteca is listening on " + url)),
          () -> appender.list.toString());
    } finally {
      logger.detachAppender(appender);
      logger.setLevel(before);
    }
  }
}
