package org.casoteca.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** {@code POST /api/auth/token}: the credentials. */
@Serdeable
record TokenRequest(@Nullable String email, @Nullable String password) {}
