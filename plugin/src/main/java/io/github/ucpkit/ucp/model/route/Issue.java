package io.github.ucpkit.ucp.model.route;

import io.github.ucpkit.ucp.diag.Location;

/** One reason a route cannot be resolved, where it lies, and the value concerned (for a message). */
public record Issue(Problem problem, Location at, String detail) {}
