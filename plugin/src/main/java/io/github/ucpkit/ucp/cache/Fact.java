package io.github.ucpkit.ucp.cache;

/**
 * One thing a run learned from outside: what kind of thing a path is (or only whether it is a file),
 * a file's content hash, the YAML files below a directory, or an environment variable's value
 * (hashed: values can be secrets).
 * A later run re-asks each question; the same answers mean the same result.
 */
record Fact(Type type, String subject, String answer) {

  enum Type { KIND, FILE, LINK, SIZE, CONTENT, LISTING, ENV }
}
