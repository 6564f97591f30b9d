package io.github.ucpkit.ucp.emit;

import java.util.Objects;

/**
 * One generated file: a plain file name inside the output directory and its full text ({@code \n}
 * line endings, trailing newline).
 */
public record Artifact(String name, String content) implements Comparable<Artifact> {

  public Artifact {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
    if (!name.matches("[a-z0-9][a-z0-9._-]*") || name.contains("..")) {
      throw new IllegalArgumentException("not a plain artifact name: " + name);
    }
  }

  @Override
  public int compareTo(Artifact o) {
    return name.compareTo(o.name);
  }
}
