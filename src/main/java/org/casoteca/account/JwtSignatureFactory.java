package org.casoteca.account;

import io.micronaut.context.annotation.Factory;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** Signs and checks session tokens (HS256) with the secret of {@link SigningSecrets}. */
@Factory
class JwtSignatureFactory {

  @Singleton
  @Named("generator")
  SecretSignature generator(SigningSecrets secrets) {
    SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
    configuration.setSecret(secrets.jwtSecret());
    return new SecretSignature(configuration);
  }
}
