package org.casoteca.site;

import io.micronaut.core.annotation.Introspected;
import java.util.List;

/** The browsable API page: every public operation, from the OpenAPI description. */
@Introspected
public record ApiPage(PageChrome chrome, List<ApiOperation> operations) {}
