package org.casoteca.submission;

import java.util.Locale;
import java.util.Optional;

/** Everything that can happen to a submission; each one is written to the provenance log. */
public enum WorkflowAction {
  CREATE(false, false),
  SAVE(false, false),
  SUBMIT(false, false),
  WITHDRAW(false, false),
  CLAIM(true, false),
  UNCLAIM(true, false),
  REQUEST_CHANGES(true, true),
  REJECT(true, true),
  PUBLISH(true, false),
  UNPUBLISH(true, false);

  private final boolean curatorAction;
  private final boolean reasonRequired;

  WorkflowAction(boolean curatorAction, boolean reasonRequired) {
    this.curatorAction = curatorAction;
    this.reasonRequired = reasonRequired;
  }

  public boolean isCuratorAction() {
    return curatorAction;
  }

  public boolean isReasonRequired() {
    return reasonRequired;
  }

  public String column() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The action named in an address, such as {@code request-changes}. */
  public static Optional<WorkflowAction> fromPath(String segment) {
    for (WorkflowAction a : values()) {
      if (a.column().replace('_', '-').equals(segment)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
