package org.casoteca.submission;

import io.micronaut.core.annotation.Introspected;
import java.util.List;
import org.casoteca.account.WorkChrome;

/** A contributor's submissions with their states. */
@Introspected
public record SubmissionsPage(WorkChrome work, List<SubmissionSummary> submissions) {}
