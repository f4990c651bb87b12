package org.casoteca.account;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** A Bearer token for the API (OAuth 2 token response shape). */
@Serdeable(naming = SnakeCaseStrategy.class)
record TokenResponse(String accessToken, String tokenType, int expiresIn) {}
