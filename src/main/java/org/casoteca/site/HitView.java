package org.casoteca.site;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * A result as the site shows it: labels in the reader's language; {@code snippet} is escaped HTML
 * with {@code <mark>} around matches; {@code shownIn} is set when only the other language exists.
 */
@Introspected
public record HitView(
    String title,
    String href,
    String snippet,
    String collection,
    List<String> countries,
    String evidence,
    String evidenceSlug,
    @Nullable Integer startYear,
    @Nullable String shownIn) {}
