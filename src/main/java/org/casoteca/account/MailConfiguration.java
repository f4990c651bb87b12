package org.casoteca.account;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/** The SMTP server that sends password-reset links; without a host no mail is sent. */
@ConfigurationProperties("casoteca.mail")
public interface MailConfiguration {

  @Nullable
  String getHost();

  @Bindable(defaultValue = "587")
  int getPort();

  @Nullable
  String getUsername();

  @Nullable
  String getPassword();

  /** The sender address, e.g. {@code casoteca@example.org}. */
  @Nullable
  String getFrom();

  /** STARTTLS before authenticating (required by most providers; off only for a local relay). */
  @Bindable(defaultValue = "true")
  boolean isStarttls();

  @Bindable(defaultValue = "10s")
  Duration getTimeout();
}
