package org.casoteca;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import java.util.OptionalInt;
import org.casoteca.cli.Commands;

/**
 * Starts Casoteca: the site, the JSON API and the background indexer; or, when the first argument
 * names one, runs a command ({@code validate}, {@code export}, {@code create-admin}) and exits.
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "Casoteca",
            // The API's version, not the build's: it names the file (casoteca-1.yml).
            version = "1",
            description =
                "Open API of Casoteca, a bilingual repository of citizen-security case studies of"
                    + " Central America and the Dominican Republic: search, case studies,"
                    + " citations, open data, OAI-PMH, submissions and review.",
            license =
                @License(
                    name = "Content: CC BY 4.0",
                    url = "https://creativecommons.org/licenses/by/4.0/")))
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
