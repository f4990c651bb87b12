package org.casoteca.web;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.KebabCaseStrategy;
import java.util.List;
import org.casoteca.content.Problem;

/** A 400 problem body for an invalid text: each problem with file, line, column and field. */
@Serdeable(naming = KebabCaseStrategy.class)
public record ValidationProblem(
    String type,
    String title,
    int status,
    String detail,
    List<InvalidParameter> invalidParams,
    List<Problem> problems) {}
