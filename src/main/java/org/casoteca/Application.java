package org.casoteca;

import io.micronaut.runtime.Micronaut;

/** Starts Casoteca: the site, the JSON API and the background indexer. */
public final class Application {

  private Application() {}

  public static void main(String[] args) {
    Micronaut.run(Application.class, args);
  }
}
