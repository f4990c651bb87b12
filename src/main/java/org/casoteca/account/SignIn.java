package org.casoteca.account;

import jakarta.inject.Singleton;
import java.util.Optional;

/** Checks credentials under the failed-login rate limit. */
@Singleton
class SignIn {

  private final Accounts accounts;
  private final LoginLimiter limiter;

  SignIn(Accounts accounts, LoginLimiter limiter) {
    this.accounts = accounts;
    this.limiter = limiter;
  }

  /** The account, or empty for wrong credentials; 429 after too many failures. */
  Optional<Account> attempt(String address, String email, String password) {
    String e = email == null ? "" : email;
    limiter.check(address, e);
    Optional<Account> account = accounts.authenticate(e, password == null ? "" : password);
    if (account.isEmpty()) {
      limiter.failed(address, e);
    }
    return account;
  }
}
