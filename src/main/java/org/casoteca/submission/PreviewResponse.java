package org.casoteca.submission;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.casoteca.content.Problem;

/** The live preview: sanitized HTML of the body and every validation problem. */
@Serdeable
record PreviewResponse(String html, List<Problem> problems) {}
