package org.casoteca.account;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;

/** A person who signs in, without their password hash. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record Account(long id, String email, Role role, Instant createdAt) {}
