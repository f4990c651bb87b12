package org.casoteca.account;

import io.micronaut.core.annotation.Introspected;

/**
 * The forgotten-password page: whether links go by e-mail (else an administrator issues them), and
 * whether a request was just accepted.
 */
@Introspected
public record ForgotPasswordPage(WorkChrome work, boolean mailConfigured, boolean sent) {}
