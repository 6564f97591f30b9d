package io.github.ucpkit.ucp.check.xref;

import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.value.DnsName;

/** One name a service is routed under, and the label that asks for it. */
record Route(ComposeFile file, Service service, DnsName fqdn, Location at) {}
