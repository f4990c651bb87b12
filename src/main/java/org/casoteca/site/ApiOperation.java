package org.casoteca.site;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** One operation of the OpenAPI description, as the browsable API page lists it. */
@Introspected
public record ApiOperation(
    String method,
    String path,
    @Nullable String summary,
    @Nullable String description,
    List<Parameter> parameters,
    List<String> responses) {

  /**
   * A parameter: where it goes ({@code location}: path, query, header), whether required, what it
   * means.
   */
  @Introspected
  public record Parameter(
      String name, String location, boolean required, @Nullable String description) {}
}
