package org.casoteca.site;

import io.micronaut.core.io.ResourceResolver;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The OpenAPI 3 description that micronaut-openapi writes at build time from the controllers and
 * their Javadoc, and the operations of the public interfaces read from it for the API page.
 */
@Singleton
class ApiDocs {

  static final String RESOURCE = "classpath:META-INF/swagger/casoteca-1.yml";
  private static final List<String> PUBLIC = List.of("/api/", "/oai", "/openapi");

  private final String yaml;
  private final List<ApiOperation> operations;

  ApiDocs(ResourceResolver resources) {
    try (InputStream in =
        resources
            .getResourceAsStream(RESOURCE)
            .orElseThrow(
                () -> new IllegalStateException("No OpenAPI description at " + RESOURCE))) {
      this.yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.operations = parse(yaml);
  }

  String yaml() {
    return yaml;
  }

  List<ApiOperation> operations() {
    return operations;
  }

  @SuppressWarnings("unchecked")
  private static List<ApiOperation> parse(String yaml) {
    Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    Map<String, Object> paths = (Map<String, Object>) doc.getOrDefault("paths", Map.of());
    List<ApiOperation> list = new ArrayList<>();
    paths.forEach(
        (path, item) -> {
          if (PUBLIC.stream().noneMatch(path::startsWith)) {
            return; // the site's HTML pages are not part of the API
          }
          ((Map<String, Object>) item)
              .forEach(
                  (method, op) -> {
                    if (!(op instanceof Map<?, ?> operation)) {
                      return;
                    }
                    Map<String, Object> o = (Map<String, Object>) operation;
                    List<ApiOperation.Parameter> parameters = new ArrayList<>();
                    for (Object p : (List<Object>) o.getOrDefault("parameters", List.of())) {
                      Map<String, Object> param = (Map<String, Object>) p;
                      parameters.add(
                          new ApiOperation.Parameter(
                              String.valueOf(param.get("name")),
                              String.valueOf(param.get("in")),
                              Boolean.TRUE.equals(param.get("required")),
                              (String) param.get("description")));
                    }
                    Map<String, Object> responses =
                        (Map<String, Object>) o.getOrDefault("responses", Map.of());
                    list.add(
                        new ApiOperation(
                            method.toUpperCase(Locale.ROOT),
                            path,
                            (String) o.get("summary"),
                            (String) o.get("description"),
                            parameters,
                            responses.keySet().stream().map(String::valueOf).toList()));
                  });
        });
    list.sort(
        (a, b) ->
            a.path().equals(b.path())
                ? a.method().compareTo(b.method())
                : a.path().compareTo(b.path()));
    return List.copyOf(list);
  }
}
