package org.casoteca.submission;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import org.casoteca.account.WorkChrome;
import org.casoteca.content.Problem;

/**
 * The editor: a submission's text (always what the contributor last sent, even when it was
 * refused), the validation problems next to it, the server-rendered preview, and the history.
 */
@Introspected
public record SubmissionFormPage(
    WorkChrome work,
    @Nullable Submission submission,
    String caseStudyId,
    String caseStudyLang,
    String markdown,
    long version,
    List<Problem> problems,
    boolean checked,
    @Nullable String previewHtml,
    @Nullable String notice,
    @Nullable String error,
    boolean expired,
    boolean editable,
    String formAction,
    List<ProvenanceEntry> history) {}
