package org.casoteca.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** What the sign-in form posts. */
@Serdeable
record LoginForm(@Nullable String email, @Nullable String password, @Nullable String next) {}
