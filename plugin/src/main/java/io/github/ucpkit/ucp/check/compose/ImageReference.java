package io.github.ucpkit.ucp.check.compose;

import java.util.Optional;

/**
 * The parts of an image reference {@code [REGISTRY[:PORT]/]PATH[:TAG][@DIGEST]} that say whether it
 * is pinned. The tag is what follows the last colon of the last path component, so the colon of
 * {@code registry:5000/app} belongs to the registry, not to a tag.
 */
record ImageReference(String name, Optional<String> tag, Optional<String> digest) {

  static ImageReference parse(String text) {
    String rest = text;
    Optional<String> digest = Optional.empty();
    int at = rest.indexOf('@');
    if (at >= 0) {
      digest = Optional.of(rest.substring(at + 1));
      rest = rest.substring(0, at);
    }
    int colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
      return new ImageReference(rest.substring(0, colon), Optional.of(rest.substring(colon + 1)), digest);
    }
    return new ImageReference(rest, Optional.empty(), digest);
  }
}
