package org.casoteca.oai;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/** How the OAI-PMH endpoint names the repository and pages its lists. */
@ConfigurationProperties("casoteca.oai")
public interface OaiConfiguration {

  /** The repository name harvesters show. */
  @Bindable(defaultValue = "Casoteca")
  String getRepositoryName();

  /** Who answers for the repository (Identify's adminEmail, required by the protocol). */
  @Bindable(defaultValue = "casoteca@localhost")
  String getAdminEmail();

  /** The middle part of record identifiers: {@code oai:<this>:<case study id>}. */
  @Bindable(defaultValue = "casoteca")
  String getRepositoryIdentifier();

  /** Records or headers per ListRecords / ListIdentifiers answer; more come by resumption token. */
  @Bindable(defaultValue = "50")
  int getPageSize();
}
