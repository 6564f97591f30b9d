package io.github.ucpkit.ucp.check.xref;

import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Label;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.value.DnsName;

/** One name a service is routed under, and the label that asks for it. */
record Route(ComposeFile file, Service service, DnsName fqdn, Location at, Label label) {

  /** Which label to change, for a hint: the alias domain, or the hostname/domain pair. */
  String labelToChange() {
    return label.key().contains("alias_domain") ? label.key() : "interlock.hostname or interlock.domain";
  }
}
