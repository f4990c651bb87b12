package org.casoteca.web;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.KebabCaseStrategy;
import java.util.List;

/** A 409 problem body: what conflicted, and the resource's state now. */
@Serdeable(naming = KebabCaseStrategy.class)
public record ConflictProblem(
    String type,
    String title,
    int status,
    String detail,
    List<InvalidParameter> invalidParams,
    String currentState) {}
