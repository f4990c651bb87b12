package org.casoteca.account;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/** Sign-in settings: the JWT signing secret, the cookie's Secure flag, the BCrypt cost. */
@ConfigurationProperties("casoteca.security")
public interface SecurityConfiguration {

  /**
   * The secret that signs session tokens (at least 32 characters). When absent, one is generated
   * once and kept in the database, so restarts and other nodes keep accepting issued tokens.
   */
  @Nullable
  String getJwtSecret();

  /** Mark cookies {@code Secure}: true behind HTTPS; false only for http://localhost. */
  @Bindable(defaultValue = "false")
  boolean isCookieSecure();

  /** How long a sign-in lasts, in seconds. */
  @Bindable(defaultValue = "28800")
  int getTokenLifetimeSeconds();

  /** BCrypt's cost factor (4-31); each step doubles the work of a password check. */
  @Bindable(defaultValue = "12")
  int getBcryptStrength();
}
