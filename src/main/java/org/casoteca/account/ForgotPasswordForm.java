package org.casoteca.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** What the forgotten-password form posts. */
@Serdeable
record ForgotPasswordForm(@Nullable String email) {}
