package org.casoteca.account;

import jakarta.inject.Singleton;
import org.casoteca.web.RateLimitConfiguration;
import org.casoteca.web.RateLimiter;

/** Failed sign-ins, limited per client address and per account email. */
@Singleton
class LoginLimiter {

  private final RateLimiter limiter;

  LoginLimiter(RateLimitConfiguration configuration) {
    this.limiter =
        new RateLimiter(configuration.getLoginAttempts(), configuration.getLoginRefill());
  }

  /** 429 when this address or account has failed too often lately. */
  void check(String address, String email) {
    limiter.check("ip:" + address);
    limiter.check("account:" + Emails.normalize(email));
  }

  void failed(String address, String email) {
    limiter.consume("ip:" + address);
    limiter.consume("account:" + Emails.normalize(email));
  }
}
