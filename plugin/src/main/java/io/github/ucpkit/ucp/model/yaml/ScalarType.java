package io.github.ucpkit.ucp.model.yaml;

/** The type PyYAML's YAML 1.1 resolver gives a scalar. */
public enum ScalarType {
  STR("a string"),
  INT("an integer"),
  FLOAT("a number"),
  BOOL("a boolean"),
  NULL("null"),
  /** A plain {@code 2019-01-01}: PyYAML builds a date, which docker-compose cannot serialise. */
  TIMESTAMP("a date");

  private final String description;

  ScalarType(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
