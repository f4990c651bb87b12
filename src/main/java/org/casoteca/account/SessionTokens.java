package org.casoteca.account;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;

/**
 * Issues the signed token (JWT) of a sign-in: set as an HttpOnly, SameSite=Lax cookie for the site,
 * or handed to API clients to send as a Bearer token.
 */
@Singleton
public class SessionTokens {

  private final TokenGenerator generator;
  private final AccessTokenCookieConfiguration cookies;
  private final SecurityConfiguration configuration;

  SessionTokens(
      TokenGenerator generator,
      AccessTokenCookieConfiguration cookies,
      SecurityConfiguration configuration) {
    this.generator = generator;
    this.cookies = cookies;
    this.configuration = configuration;
  }

  public int lifetimeSeconds() {
    return configuration.getTokenLifetimeSeconds();
  }

  public String issue(Account account) {
    Authentication authentication =
        Authentication.build(
            Long.toString(account.id()),
            account.role().grantedNames(),
            Map.of("email", account.email()));
    return generator
        .generateToken(authentication, lifetimeSeconds())
        .orElseThrow(() -> new IllegalStateException("No token generator is configured"));
  }

  Cookie cookie(HttpRequest<?> request, String token) {
    return Cookie.of(cookies.getCookieName(), token)
        .configure(cookies, request.isSecure())
        .maxAge(Duration.ofSeconds(lifetimeSeconds()));
  }

  Cookie expired(HttpRequest<?> request) {
    return Cookie.of(cookies.getCookieName(), "").configure(cookies, request.isSecure()).maxAge(0);
  }
}
