package org.casoteca.submission;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casoteca.account.Accounts;
import org.casoteca.account.Viewer;
import org.casoteca.web.BadRequestException;
import org.casoteca.web.ConflictException;
import org.casoteca.web.ForbiddenException;
import org.casoteca.web.InvalidContentException;
import org.casoteca.web.NotFoundException;

/**
 * The submission and review workflow: every change goes through {@link Transitions}, is applied
 * with a conditional update on the row's version (so of two people acting at once exactly one
 * succeeds and the other gets 409 with the current state) and is written to the provenance log in
 * the same transaction. Publishing itself is the review package's job, inside the same transaction.
 */
@Singleton
public class SubmissionWorkflow {

  public static final int MAX_REASON_CHARS = 4000;

  private final SubmissionRepository submissions;
  private final RevisionRepository revisions;
  private final ProvenanceRepository provenance;
  private final SubmissionChecker checker;
  private final Accounts accounts;

  SubmissionWorkflow(
      SubmissionRepository submissions,
      RevisionRepository revisions,
      ProvenanceRepository provenance,
      SubmissionChecker checker,
      Accounts accounts) {
    this.submissions = submissions;
    this.revisions = revisions;
    this.provenance = provenance;
    this.checker = checker;
    this.accounts = accounts;
  }

  /** A new submission, kept as a draft or submitted at once (only when it is valid). */
  @Transactional
  public Submission create(Viewer owner, String id, String lang, byte[] bytes, boolean submit) {
    CheckedText text = checker.checkToStore(id, lang, bytes);
    if (submit && !text.isValid()) {
      throw new InvalidContentException(text.problems());
    }
    if (!text.problems().isEmpty() && hasIdentityProblem(text)) {
      // A draft needs at least a valid id and language: they name it.
      throw new InvalidContentException(text.problems());
    }
    Instant now = Instant.now();
    String kind = checker.isPublished(id, lang) ? "edit" : "new";
    SubmissionRow row =
        submissions.save(
            new SubmissionRow(
                null,
                id,
                lang,
                kind,
                owner.id(),
                SubmissionState.DRAFT.column(),
                null,
                text.markdown(),
                text.contentHash(),
                text.title(),
                text.collection(),
                0,
                0,
                now,
                now));
    log(row, owner, WorkflowAction.CREATE, null, SubmissionState.DRAFT, null, now);
    if (submit) {
      return change(owner, row, WorkflowAction.SUBMIT, null, text);
    }
    return view(row);
  }

  /**
   * Replaces the text of an editable submission, and submits it when asked (only when valid). The
   * {@code expectedVersion} is the version the contributor's form was opened at.
   */
  @Transactional
  public Submission save(
      Viewer owner, long submissionId, long expectedVersion, byte[] bytes, boolean submit) {
    SubmissionRow row = owned(owner, submissionId);
    requireVersion(row, expectedVersion);
    CheckedText text = checker.checkToStore(row.caseStudyId(), row.lang(), bytes);
    if (submit && !text.isValid()) {
      throw new InvalidContentException(text.problems());
    }
    return change(owner, row, submit ? WorkflowAction.SUBMIT : WorkflowAction.SAVE, null, text);
  }

  /**
   * Any other action: submit or withdraw by the owner; claim, unclaim, request changes, reject,
   * publish and unpublish by a curator. Reasons are mandatory where the action says so (400).
   */
  @Transactional
  public Submission act(
      Viewer actor,
      long submissionId,
      @Nullable Long expectedVersion,
      WorkflowAction action,
      @Nullable String reason) {
    SubmissionRow row = visible(actor, submissionId);
    if (action.isCuratorAction() && !actor.isCurator()) {
      throw new ForbiddenException("Only curators can " + action.column().replace('_', ' '));
    }
    if (!action.isCuratorAction() && row.ownerId() != actor.id()) {
      throw new ForbiddenException("Only the contributor can " + action.column());
    }
    String cleanReason = reason == null || reason.isBlank() ? null : reason.strip();
    if (action.isReasonRequired() && cleanReason == null) {
      throw new BadRequestException(
          "reason", "is required to " + action.column().replace('_', ' '));
    }
    if (cleanReason != null && cleanReason.length() > MAX_REASON_CHARS) {
      throw new BadRequestException(
          "reason", "must have at most " + MAX_REASON_CHARS + " characters");
    }
    if (expectedVersion != null) {
      requireVersion(row, expectedVersion);
    }
    CheckedText text = null;
    if (action == WorkflowAction.SUBMIT || action == WorkflowAction.PUBLISH) {
      text = checker.check(row.caseStudyId(), row.lang(), bytes(row));
      if (!text.isValid() && Transitions.next(row.stateValue(), action).isPresent()) {
        throw new InvalidContentException(text.problems());
      }
    }
    return change(actor, row, action, cleanReason, text);
  }

  /** The current text re-checked, e.g. for showing its validation result to a curator. */
  public CheckedText check(Submission submission) {
    return checker.check(
        submission.caseStudyId(),
        submission.lang(),
        submission.markdown().getBytes(StandardCharsets.UTF_8));
  }

  /** A submission its owner or a curator may see; 404 for anyone else. */
  public Submission find(Viewer viewer, long submissionId) {
    return view(visible(viewer, submissionId));
  }

  public List<SubmissionSummary> mine(Viewer owner) {
    return views(submissions.findByOwnerIdOrderByUpdatedAtDesc(owner.id())).stream()
        .map(SubmissionSummary::of)
        .toList();
  }

  /** The review queue, oldest first, narrowed by the filters that are not null. */
  public List<SubmissionSummary> queue(
      Collection<SubmissionState> states,
      @Nullable String collection,
      @Nullable String lang,
      @Nullable Long claimedBy) {
    List<SubmissionRow> rows =
        submissions
            .findByStateInOrderByUpdatedAtAsc(states.stream().map(SubmissionState::column).toList())
            .stream()
            .filter(r -> collection == null || collection.equals(r.collection()))
            .filter(r -> lang == null || lang.equals(r.lang()))
            .filter(r -> claimedBy == null || claimedBy.equals(r.claimedBy()))
            .limit(500)
            .toList();
    return views(rows).stream().map(SubmissionSummary::of).toList();
  }

  public List<ProvenanceEntry> provenance(Viewer viewer, long submissionId) {
    visible(viewer, submissionId);
    return provenance.findBySubmissionIdOrderByIdAsc(submissionId).stream()
        .map(ProvenanceRow::toEntry)
        .toList();
  }

  public List<Revision> revisions(Viewer viewer, long submissionId) {
    visible(viewer, submissionId);
    return revisions.findBySubmissionIdOrderByNumberAsc(submissionId).stream()
        .map(r -> new Revision(r.number(), r.markdown(), r.contentHash(), r.createdAt()))
        .toList();
  }

  /** The current state of a submission, for telling the loser of a race what happened. */
  public String currentState(long submissionId) {
    return submissions.findById(submissionId).map(SubmissionRow::state).orElse("unknown");
  }

  private Submission change(
      Viewer actor,
      SubmissionRow row,
      WorkflowAction action,
      @Nullable String reason,
      @Nullable CheckedText text) {
    SubmissionState from = row.stateValue();
    SubmissionState to =
        Transitions.next(from, action)
            .orElseThrow(
                () ->
                    new ConflictException(
                        "A submission that is "
                            + from.column()
                            + " cannot be "
                            + action.column().replace('_', ' '),
                        from.column()));
    requireClaim(actor, row, action);
    Long claimedBy = action == WorkflowAction.CLAIM ? Long.valueOf(actor.id()) : null;
    if (to == SubmissionState.IN_REVIEW && action != WorkflowAction.CLAIM) {
      claimedBy = row.claimedBy();
    }
    boolean newRevision = action == WorkflowAction.SUBMIT;
    int revision = newRevision ? row.revision() + 1 : row.revision();
    boolean textChanges = action == WorkflowAction.SAVE || action == WorkflowAction.SUBMIT;
    CheckedText t = textChanges && text != null ? text : null;
    // A "new" text saved or submitted after the case study was published (by someone else) is an
    // edit of what is published now: reviewed against it, never replacing it unseen.
    String kind =
        textChanges
                && row.kind().equals("new")
                && checker.isPublished(row.caseStudyId(), row.lang())
            ? "edit"
            : row.kind();
    Instant now = Instant.now();
    int changed =
        submissions.updateIfUnchanged(
            row.id(),
            row.version(),
            kind,
            to.column(),
            claimedBy,
            t == null ? row.markdown() : t.markdown(),
            t == null ? row.contentHash() : t.contentHash(),
            t == null ? row.title() : t.title(),
            t == null ? row.collection() : t.collection(),
            revision,
            now);
    if (changed == 0) {
      String current = currentState(row.id());
      throw new ConflictException(
          "Someone else changed this submission first; it is now " + current, current);
    }
    if (newRevision) {
      String markdown = t == null ? row.markdown() : t.markdown();
      String hash = t == null ? row.contentHash() : t.contentHash();
      revisions.save(new RevisionRow(null, row.id(), revision, markdown, hash, now));
    }
    SubmissionRow after = submissions.findById(row.id()).orElseThrow();
    log(after, actor, action, from, to, reason, now);
    return view(after);
  }

  private static void requireClaim(Viewer actor, SubmissionRow row, WorkflowAction action) {
    boolean needsClaim =
        action == WorkflowAction.UNCLAIM
            || action == WorkflowAction.REQUEST_CHANGES
            || action == WorkflowAction.REJECT
            || action == WorkflowAction.PUBLISH;
    boolean adminUnclaim = action == WorkflowAction.UNCLAIM && actor.isAdmin();
    if (needsClaim && !adminUnclaim && row.claimedBy() != null && row.claimedBy() != actor.id()) {
      throw new ConflictException("Another curator has claimed this submission", row.state());
    }
  }

  private static void requireVersion(SubmissionRow row, long expectedVersion) {
    if (row.version() != expectedVersion) {
      throw new ConflictException(
          "This submission changed since you opened it; it is now " + row.state(), row.state());
    }
  }

  private void log(
      SubmissionRow row,
      Viewer actor,
      WorkflowAction action,
      @Nullable SubmissionState from,
      SubmissionState to,
      @Nullable String reason,
      Instant at) {
    provenance.save(
        new ProvenanceRow(
            null,
            row.id(),
            actor.id(),
            actor.email(),
            action.column(),
            from == null ? null : from.column(),
            to.column(),
            reason,
            row.revision(),
            at));
  }

  private SubmissionRow owned(Viewer owner, long submissionId) {
    SubmissionRow row = visible(owner, submissionId);
    if (row.ownerId() != owner.id()) {
      throw new ForbiddenException("Only the contributor can change the text");
    }
    return row;
  }

  private SubmissionRow visible(Viewer viewer, long submissionId) {
    SubmissionRow row =
        submissions
            .findById(submissionId)
            .orElseThrow(() -> new NotFoundException("No such submission"));
    if (row.ownerId() != viewer.id() && !viewer.isCurator()) {
      // Others' submissions do not exist for a contributor: no hint that the id is taken.
      throw new NotFoundException("No such submission");
    }
    return row;
  }

  private static boolean hasIdentityProblem(CheckedText text) {
    return text.problems().stream()
        .anyMatch(p -> p.field().equals("id") || p.field().equals("lang"));
  }

  private static byte[] bytes(SubmissionRow row) {
    return row.markdown().getBytes(StandardCharsets.UTF_8);
  }

  private Submission view(SubmissionRow row) {
    return views(List.of(row)).get(0);
  }

  private List<Submission> views(List<SubmissionRow> rows) {
    Set<Long> ids = new HashSet<>();
    rows.forEach(
        r -> {
          ids.add(r.ownerId());
          if (r.claimedBy() != null) {
            ids.add(r.claimedBy());
          }
        });
    Map<Long, String> emails = accounts.emails(ids);
    List<Submission> result = new ArrayList<>();
    for (SubmissionRow r : rows) {
      result.add(
          new Submission(
              r.id(),
              r.caseStudyId(),
              r.lang(),
              r.kind(),
              r.ownerId(),
              emails.getOrDefault(r.ownerId(), "?"),
              r.state(),
              r.claimedBy() == null ? null : emails.getOrDefault(r.claimedBy(), "?"),
              r.claimedBy(),
              r.title(),
              r.collection(),
              r.revision(),
              r.version(),
              r.createdAt(),
              r.updatedAt(),
              r.markdown()));
    }
    return result;
  }
}
