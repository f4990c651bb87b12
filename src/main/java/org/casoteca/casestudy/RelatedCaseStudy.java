package org.casoteca.casestudy;

import io.micronaut.serde.annotation.Serdeable;

/** A case study like another one, in the reader's language when it has that version. */
@Serdeable
public record RelatedCaseStudy(
    String id, String lang, String title, String collection, String url) {}
