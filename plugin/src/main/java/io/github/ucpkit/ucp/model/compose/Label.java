package io.github.ucpkit.ucp.model.compose;

import io.github.ucpkit.ucp.diag.Location;

/** A service label as docker-compose passes it on: the value is already text ({@code true} becomes {@code True}). */
public record Label(String key, String value, Location keyAt, Location valueAt) {}
