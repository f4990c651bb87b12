package org.casoteca.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/**
 * One case study in a result list (with {@code updated}, the ISO date its facts were last checked),
 * in the reader's language when it has that version ({@code lang} says which was used). {@code
 * snippet} is HTML: the matching passage with the text escaped and the matches in {@code <mark>}.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record SearchHit(
    String id,
    String lang,
    String title,
    String summary,
    String snippet,
    String collection,
    List<String> countries,
    List<String> themes,
    String evidence,
    @Nullable Integer startYear,
    String url,
    List<String> languages,
    String updated) {}
