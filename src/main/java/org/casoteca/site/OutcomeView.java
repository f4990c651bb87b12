package org.casoteca.site;

import io.micronaut.core.annotation.Introspected;

/**
 * One evaluated outcome, labelled in the reader's language; {@code sourceTitle} names the cited
 * source it rests on (its address when the source list does not have it).
 */
@Introspected
public record OutcomeView(
    String name,
    String direction,
    String rating,
    String ratingSlug,
    String source,
    String sourceTitle) {}
