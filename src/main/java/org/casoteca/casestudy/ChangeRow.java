package org.casoteca.casestudy;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One change to what is public, numbered in commit order. */
@MappedEntity("change_log")
record ChangeRow(@Id Long seq, String caseStudyId, String changeKind, Instant changedAt) {}
