package org.casoteca.casestudy;

import java.util.List;
import java.util.Optional;
import org.casoteca.content.Languages;

/** A public case study with its public language versions (Spanish first). */
public record PublishedCaseStudy(String id, String collection, List<PublishedVersion> versions) {

  public PublishedCaseStudy {
    versions =
        versions.stream()
            .sorted(
                (a, b) ->
                    Integer.compare(
                        Languages.SUPPORTED.indexOf(a.lang()),
                        Languages.SUPPORTED.indexOf(b.lang())))
            .toList();
  }

  public Optional<PublishedVersion> version(String lang) {
    return versions.stream().filter(v -> v.lang().equals(lang)).findFirst();
  }

  /** The version in {@code lang}, else the other language's. */
  public PublishedVersion versionOrFallback(String lang) {
    return version(lang).orElseGet(() -> versions.get(0));
  }

  public List<String> languages() {
    return versions.stream().map(PublishedVersion::lang).toList();
  }
}
