package org.casoteca.account;

import io.micronaut.core.annotation.Introspected;
import java.util.List;
import org.casoteca.web.InvalidParameter;

/** The registration page, with the email kept and every problem of the last attempt. */
@Introspected
public record RegisterPage(WorkChrome work, String email, List<InvalidParameter> problems) {}
