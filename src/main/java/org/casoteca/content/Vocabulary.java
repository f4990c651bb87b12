package org.casoteca.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One controlled vocabulary of the taxonomy: slugs in their file order, each with its labels. */
public record Vocabulary(String name, Map<String, Label> labels) {

  public Vocabulary {
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
  }

  public boolean contains(String slug) {
    return labels.containsKey(slug);
  }

  public Set<String> slugs() {
    return labels.keySet();
  }

  public Optional<Label> label(String slug) {
    return Optional.ofNullable(labels.get(slug));
  }

  /** The label of {@code slug} in {@code lang}, or the slug itself when it has none. */
  public String label(String slug, String lang) {
    return label(slug).map(l -> l.in(lang)).orElse(slug);
  }

  /** The allowed values, for messages: {@code one of: a, b, c}. */
  public String allowed() {
    return "one of: " + String.join(", ", labels.keySet());
  }
}
