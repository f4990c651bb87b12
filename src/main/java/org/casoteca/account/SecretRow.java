package org.casoteca.account;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A secret the application generated once and keeps in the database. */
@MappedEntity("app_secret")
record SecretRow(@Id String name, String secretValue, Instant createdAt) {}
