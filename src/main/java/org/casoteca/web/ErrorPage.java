package org.casoteca.web;

import io.micronaut.core.annotation.Introspected;
import java.util.List;

/** The view model of an error page. */
@Introspected
public record ErrorPage(
    String lang, int status, String detail, List<InvalidParameter> invalidParams) {}
