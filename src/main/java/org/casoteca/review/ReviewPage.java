package org.casoteca.review;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import org.casoteca.account.WorkChrome;
import org.casoteca.content.Problem;
import org.casoteca.submission.ProvenanceEntry;
import org.casoteca.submission.Submission;

/**
 * A submission under review: the rendered text, its validation result, what changed since the
 * previous revision and against the published version, the provenance log, and the actions the
 * curator can take now.
 */
@Introspected
public record ReviewPage(
    WorkChrome work,
    Submission submission,
    String html,
    List<Problem> problems,
    @Nullable List<DiffLine> previousDiff,
    @Nullable List<DiffLine> publishedDiff,
    List<ProvenanceEntry> provenance,
    List<String> actions,
    boolean claimedByMe,
    @Nullable String notice,
    @Nullable String error,
    String reason) {}
