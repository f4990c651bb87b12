package org.casoteca.account;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * The first administrator, created at start-up when both values are set and no administrator exists
 * yet. There is no default: without them, use the {@code create-admin} command.
 */
@ConfigurationProperties("casoteca.admin")
public interface AdminConfiguration {

  @Nullable
  String getEmail();

  @Nullable
  String getPassword();
}
