package org.casoteca.account;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/** How long reset links stay valid. */
@ConfigurationProperties("casoteca.password-reset")
public interface PasswordResetConfiguration {

  /** A link sent by e-mail: short, since mailboxes are read on many devices. */
  @Bindable(defaultValue = "1h")
  Duration getMailLinkLifetime();

  /** A link an administrator hands over in person or by another channel. */
  @Bindable(defaultValue = "24h")
  Duration getAdminLinkLifetime();
}
