package org.casoteca.account;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/**
 * The sign-in page: the form, where to go afterwards, and why the last attempt failed or what just
 * changed.
 */
@Introspected
public record LoginPage(
    WorkChrome work, String email, String next, @Nullable String error, @Nullable String notice) {}
