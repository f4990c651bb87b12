package org.casoteca.account;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.casoteca.web.ClientAddress;
import org.casoteca.web.UnauthorizedException;

/** {@code POST /api/auth/token}: email and password in, a Bearer token out. */
@Controller("/api/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
class TokenApiController {

  private final SignIn signIn;
  private final SessionTokens tokens;

  TokenApiController(SignIn signIn, SessionTokens tokens) {
    this.signIn = signIn;
    this.tokens = tokens;
  }

  @Post("/token")
  @Consumes(MediaType.APPLICATION_JSON)
  TokenResponse token(HttpRequest<?> request, @Body TokenRequest credentials) {
    Account account =
        signIn
            .attempt(ClientAddress.of(request), credentials.email(), credentials.password())
            .orElseThrow(() -> new UnauthorizedException("Wrong email or password"));
    return new TokenResponse(tokens.issue(account), "Bearer", tokens.lifetimeSeconds());
  }
}
