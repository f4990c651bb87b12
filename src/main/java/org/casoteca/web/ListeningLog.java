package org.casoteca.web;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says where the server listens, once it does: the first thing an operator looks for in a log, and
 * the port differs when {@code MICRONAUT_SERVER_PORT} or a container mapping changed it.
 */
@Singleton
class ListeningLog {

  private static final Logger LOG = LoggerFactory.getLogger(ListeningLog.class);

  @EventListener
  void onStartup(ServerStartupEvent event) {
    String url = event.getSource().getURL().toString().replaceAll("/$", "");
    LOG.info(
        "Casoteca is listening on {} (site {}/es/ and {}/en/, API {}/api/, health {}/health)",
        url,
        url,
        url,
        url,
        url);
  }
}
