package org.casoteca.search;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** {@code GET /api/index-status}: how far this node's index has followed the change log. */
@Controller("/api/index-status")
class IndexStatusController {

  private final IndexFollower follower;

  IndexStatusController(IndexFollower follower) {
    this.follower = follower;
  }

  @Get
  IndexStatus status() {
    return follower.status();
  }
}
