package org.casoteca.review;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import org.casoteca.account.WorkChrome;
import org.casoteca.submission.SubmissionSummary;

/** The review queue with its filters and their choices. */
@Introspected
public record QueuePage(
    WorkChrome work,
    List<SubmissionSummary> submissions,
    List<String> states,
    List<String> selectedStates,
    List<String> collections,
    @Nullable String collection,
    @Nullable String language,
    boolean mine) {}
