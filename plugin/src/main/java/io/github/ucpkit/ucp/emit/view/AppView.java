package io.github.ucpkit.ucp.emit.view;

import io.github.ucpkit.ucp.emit.Header;

/**
 * A normalised app Compose file: the header, then the document as written by the YAML emitter.
 *
 * @param projectDirectory the Compose file's folder, from the project directory: where its relative paths point
 * @param file this artifact, from the project directory
 */
public record AppView(Header header, String project, String projectDirectory, String file, String body) {}
