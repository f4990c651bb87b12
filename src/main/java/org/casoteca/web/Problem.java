package org.casoteca.web;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.KebabCaseStrategy;
import java.util.List;

/** An RFC 9457 problem body: what went wrong, and each invalid parameter with its reason. */
@Serdeable(naming = KebabCaseStrategy.class)
public record Problem(
    String type, String title, int status, String detail, List<InvalidParameter> invalidParams) {}
