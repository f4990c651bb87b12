package org.casoteca.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** What the registration form posts. */
@Serdeable
record RegisterForm(@Nullable String email, @Nullable String password) {}
