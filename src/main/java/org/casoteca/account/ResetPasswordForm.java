package org.casoteca.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** What the new-password form posts: the link's token and the new password. */
@Serdeable
record ResetPasswordForm(@Nullable String token, @Nullable String password) {}
