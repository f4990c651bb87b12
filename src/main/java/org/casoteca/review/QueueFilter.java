package org.casoteca.review;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.casoteca.content.Languages;
import org.casoteca.submission.SubmissionState;
import org.casoteca.web.BadRequestException;
import org.casoteca.web.InvalidParameter;

/**
 * The review queue's filters. Without a state, the queue shows what awaits a curator: submitted and
 * in review.
 */
record QueueFilter(
    Set<SubmissionState> states,
    @Nullable String collection,
    @Nullable String lang,
    boolean mine,
    List<String> stateValues) {

  static QueueFilter parse(
      @Nullable List<String> states,
      @Nullable String collection,
      @Nullable String lang,
      @Nullable Boolean mine) {
    List<InvalidParameter> problems = new ArrayList<>();
    Set<SubmissionState> parsed = EnumSet.noneOf(SubmissionState.class);
    List<String> values = new ArrayList<>();
    if (states != null) {
      for (String s : states) {
        if (s == null || s.isBlank()) {
          continue;
        }
        SubmissionState.parse(s)
            .ifPresentOrElse(
                st -> {
                  parsed.add(st);
                  values.add(st.column());
                },
                () -> problems.add(new InvalidParameter("state", "unknown state")));
      }
    }
    String l = lang == null || lang.isBlank() ? null : lang;
    if (l != null && !Languages.isSupported(l)) {
      problems.add(new InvalidParameter("lang", "must be es or en"));
    }
    String c = collection == null || collection.isBlank() ? null : collection;
    if (c != null && (c.length() > 40 || !c.matches("[a-z_]+"))) {
      problems.add(new InvalidParameter("collection", "unknown collection"));
    }
    if (!problems.isEmpty()) {
      throw new BadRequestException(problems);
    }
    if (parsed.isEmpty()) {
      parsed.add(SubmissionState.SUBMITTED);
      parsed.add(SubmissionState.IN_REVIEW);
    }
    return new QueueFilter(parsed, c, l, Boolean.TRUE.equals(mine), values);
  }
}
