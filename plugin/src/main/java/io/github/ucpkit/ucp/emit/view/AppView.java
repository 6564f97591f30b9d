package io.github.ucpkit.ucp.emit.view;

import io.github.ucpkit.ucp.emit.Header;

/** A normalised app Compose file: the header, then the document as written by the YAML emitter. */
public record AppView(Header header, String project, String body) {}
