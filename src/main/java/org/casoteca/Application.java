package org.casoteca;

import io.micronaut.runtime.Micronaut;
import java.util.OptionalInt;
import org.casoteca.cli.Commands;

/**
 * Starts Casoteca: the site, the JSON API and the background indexer; or, when the first argument
 * names one, runs a command ({@code validate}, {@code export}, {@code create-admin}) and exits.
 */
public final class Application {

  private Application() {}

  public static void main(String[] args) {
    OptionalInt exit = Commands.run(args);
    if (exit.isPresent()) {
      System.exit(exit.getAsInt());
    }
    Micronaut.run(Application.class, args);
  }
}
