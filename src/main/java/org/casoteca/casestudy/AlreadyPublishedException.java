package org.casoteca.casestudy;

/**
 * A first version was to be published, but the language version is public already: someone
 * published it in between, and replacing it unseen would lose their text.
 */
public final class AlreadyPublishedException extends RuntimeException {

  AlreadyPublishedException(String caseStudyId, String lang) {
    super(
        "The "
            + lang
            + " version of '"
            + caseStudyId
            + "' was published after this submission was made; it must be reviewed as an edit of"
            + " the published text: request changes so that it is submitted again as an edit",
        null,
        false,
        false);
  }
}
