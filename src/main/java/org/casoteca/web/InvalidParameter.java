package org.casoteca.web;

import io.micronaut.serde.annotation.Serdeable;

/** One rejected request parameter: its name and why it was rejected. */
@Serdeable
public record InvalidParameter(String name, String reason) {}
