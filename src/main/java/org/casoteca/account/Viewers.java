package org.casoteca.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.casoteca.web.ForbiddenException;
import org.casoteca.web.UnauthorizedException;

/**
 * Who is asking. The token names the account; its role is read from the database on each request,
 * so a demotion takes effect at once rather than when the token expires.
 */
@Singleton
public class Viewers {

  private final Accounts accounts;

  Viewers(Accounts accounts) {
    this.accounts = accounts;
  }

  public Optional<Viewer> of(@Nullable Authentication authentication) {
    if (authentication == null) {
      return Optional.empty();
    }
    long id;
    try {
      id = Long.parseLong(authentication.getName());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return accounts.find(id).map(a -> new Viewer(a.id(), a.email(), a.role()));
  }

  public Viewer require(@Nullable Authentication authentication) {
    return of(authentication).orElseThrow(() -> new UnauthorizedException("Sign in first"));
  }

  public Viewer require(@Nullable Authentication authentication, Role role) {
    Viewer viewer = require(authentication);
    if (!viewer.role().includes(role)) {
      throw new ForbiddenException("Your role does not allow this action");
    }
    return viewer;
  }
}
