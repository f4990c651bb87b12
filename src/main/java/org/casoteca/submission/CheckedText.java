package org.casoteca.submission;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Optional;
import org.casoteca.content.ParsedCaseStudy;
import org.casoteca.content.Problem;

/**
 * A submitted text after validation: the text exactly as sent, its SHA-256, the parsed case study
 * when valid, every problem otherwise, and a best-effort title and collection for lists.
 */
public record CheckedText(
    String markdown,
    String contentHash,
    Optional<ParsedCaseStudy> parsed,
    List<Problem> problems,
    String title,
    @Nullable String collection) {

  public boolean isValid() {
    return problems.isEmpty() && parsed.isPresent();
  }
}
