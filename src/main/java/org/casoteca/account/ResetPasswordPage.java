package org.casoteca.account;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import org.casoteca.web.InvalidParameter;

/** The new-password page; {@code email} is null when the link is invalid, spent or expired. */
@Introspected
public record ResetPasswordPage(
    WorkChrome work, String token, @Nullable String email, List<InvalidParameter> problems) {}
