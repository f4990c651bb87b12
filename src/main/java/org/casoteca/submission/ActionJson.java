package org.casoteca.submission;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The optional JSON body of a workflow action: the version acted on and a reason. */
@Serdeable
public record ActionJson(@Nullable Long version, @Nullable String reason) {

  public static final ActionJson NONE = new ActionJson(null, null);
}
