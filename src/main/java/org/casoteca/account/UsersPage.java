package org.casoteca.account;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** The administrator's list of accounts with a role selector for each. */
@Introspected
public record UsersPage(
    WorkChrome work, List<Account> accounts, List<String> roles, @Nullable String notice) {}
