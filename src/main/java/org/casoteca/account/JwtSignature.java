package org.casoteca.account;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * Signs and checks session tokens (HS256) with the secret of {@link SigningSecrets}. Its presence
 * matters twice: the generator signs with it, and because a signature is configured the validator
 * refuses unsigned ({@code alg: none}) tokens.
 */
@Singleton
@Named("generator")
class JwtSignature implements SignatureGeneratorConfiguration {

  private final SecretSignature delegate;

  JwtSignature(SigningSecrets secrets) {
    SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
    configuration.setSecret(secrets.jwtSecret());
    this.delegate = new SecretSignature(configuration);
  }

  @Override
  public SignedJWT sign(JWTClaimsSet claims) throws JOSEException {
    return delegate.sign(claims);
  }

  @Override
  public String supportedAlgorithmsMessage() {
    return delegate.supportedAlgorithmsMessage();
  }

  @Override
  public boolean supports(JWSAlgorithm algorithm) {
    return delegate.supports(algorithm);
  }

  @Override
  public boolean verify(SignedJWT jwt) throws JOSEException {
    return delegate.verify(jwt);
  }
}
