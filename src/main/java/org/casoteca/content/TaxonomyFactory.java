package org.casoteca.content;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Makes the taxonomy of the configured content folder available to every feature. */
@Factory
class TaxonomyFactory {

  @Singleton
  Taxonomy taxonomy(ContentConfiguration configuration) {
    return TaxonomyLoader.load(configuration.getPath().resolve("taxonomy.yml"));
  }
}
