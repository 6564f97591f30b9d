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
   * Generous for real Compose files: the largest in our corpus is 200 KB and 12 levels deep, the
   * one with most nodes has 930. The node bound was 1,000,000; a document that size needs over
   * 256 MiB of heap to generate from, 250,000 a quarter of it. Without aliases a file cannot pass
   * the character bound: a character takes at least a byte of the file.
   */
  public static final YamlLimits DEFAULT = new YamlLimits(8L * 1024 * 1024, 64, 250_000, 8L * 1024 * 1024);
}
