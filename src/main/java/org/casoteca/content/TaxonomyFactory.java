package org.casoteca.content;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * Makes the taxonomy of the configured content folder available to every feature; without one (a
 * command run outside the project's folder, a server without a corpus) the bundled taxonomy.
 */
@Factory
class TaxonomyFactory {

  @Singleton
  Taxonomy taxonomy(ContentConfiguration configuration) {
    return TaxonomyLoader.loadOrBundled(configuration.getPath().resolve("taxonomy.yml"));
  }
}
