package org.casoteca.account;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the first administrator from {@code casoteca.admin.email} and {@code .password} at
 * start-up, only while no administrator exists. An existing account with that email is left alone:
 * whoever registered it first does not become administrator by a configuration change.
 */
@Singleton
class AdminBootstrap {

  private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

  private final AdminConfiguration configuration;
  private final Accounts accounts;

  AdminBootstrap(AdminConfiguration configuration, Accounts accounts) {
    this.configuration = configuration;
    this.accounts = accounts;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    String email = configuration.getEmail();
    String password = configuration.getPassword();
    if (email == null || email.isBlank() || password == null || password.isEmpty()) {
      return;
    }
    if (accounts.hasAdmin()) {
      return;
    }
    if (accounts.exists(email)) {
      LOG.warn(
          "casoteca.admin.email {} belongs to an existing account: not promoted; use create-admin",
          email);
      return;
    }
    accounts.createAdmin(email, password);
    LOG.info("Created the first administrator {}", email);
  }
}
