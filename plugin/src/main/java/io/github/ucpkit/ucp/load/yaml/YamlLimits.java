package io.github.ucpkit.ucp.load.yaml;

/**
 * Bounds on what one file may cost to read. A file past a bound gets one YAML-003 diagnostic and is
 * not read further, so hostile input (alias bombs, deep nesting, huge files) stays cheap.
 *
 * @param maxBytes largest file read at all
 * @param maxDepth deepest nesting of mappings and lists
 * @param maxNodes most nodes after expanding aliases (an alias costs the size of what it names)
 */
public record YamlLimits(long maxBytes, int maxDepth, int maxNodes) {

  /** Generous for real Compose files (the largest in our corpus is 200 KB, 12 levels deep). */
  public static final YamlLimits DEFAULT = new YamlLimits(8L * 1024 * 1024, 64, 1_000_000);
}
