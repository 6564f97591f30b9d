package io.github.ucpkit.ucp.load.yaml;

/**
 * Bounds on what one file may cost to read. A file past a bound gets one YAML-003 diagnostic and is
 * not read further, so hostile input (alias bombs, deep nesting, huge files) stays cheap.
 *
 * @param maxBytes largest file read at all
 * @param maxDepth deepest nesting of mappings and lists
 * @param maxNodes most nodes after expanding aliases (an alias costs the size of what it names)
 * @param maxChars most characters of keys and values after expanding aliases: what every later
 *     stage that copies the document (interpolation, conversion, the generated app file) may have
 *     to write out
 */
public record YamlLimits(long maxBytes, int maxDepth, int maxNodes, long maxChars) {

  /**
   * Generous for real Compose files (the largest in our corpus is 200 KB, 12 levels deep). Without
   * aliases a file cannot pass the character bound: a character takes at least a byte of the file.
   */
  public static final YamlLimits DEFAULT = new YamlLimits(8L * 1024 * 1024, 64, 1_000_000, 8L * 1024 * 1024);
}
