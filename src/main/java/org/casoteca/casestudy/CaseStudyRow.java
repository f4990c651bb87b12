package org.casoteca.casestudy;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A case study: its identity and whether any of its language versions is public. */
@MappedEntity("case_study")
record CaseStudyRow(
    @Id String id, String collection, boolean published, Instant createdAt, Instant updatedAt) {}
