package io.github.ucpkit.ucp.model.route;

import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.model.value.DnsName;

/**
 * One name a service asks to be routed under, with where it was asked for.
 *
 * @param at the value that names it (the host name for a primary name, the alias itself for an alias)
 * @param zoneAt the value that puts it in its zone (the domain for a primary name, the alias itself)
 * @param labels what a user changes to change the name, for a hint ({@code interlock.hostname or
 *     interlock.domain}, {@code interlock.alias_domain.0})
 */
public record RouteName(DnsName name, Location at, Location zoneAt, String labels) {}
