package io.github.ucpkit.ucp.load.env;

/**
 * Bounds on variables: what a {@code .env} file may cost to read and expand, and how much text
 * substitution may produce in one Compose file. Past a bound the run reports an error instead of
 * building the text, so a few hundred bytes of {@code A1=${A0}${A0}} lines cannot fill the heap.
 *
 * @param maxDotEnvBytes largest {@code .env} read at all (COMPOSE-INTERP-006)
 * @param maxDotEnvChars most characters of all its values together, after {@code ${NAME}} expansion
 *     (COMPOSE-INTERP-006)
 * @param maxSubstitutedChars most characters substitution may produce in one Compose file, counting
 *     every value it rewrites, each time an alias repeats it (COMPOSE-INTERP-007)
 */
public record EnvLimits(long maxDotEnvBytes, long maxDotEnvChars, long maxSubstitutedChars) {

  /** A real {@code .env} holds a few dozen short lines; a Compose file's values, a few kilobytes. */
  public static final EnvLimits DEFAULT = new EnvLimits(1024 * 1024, 4L * 1024 * 1024, 8L * 1024 * 1024);
}
