package io.github.ucpkit.ucp.model.yaml;

import io.github.ucpkit.ucp.diag.Location;
import java.util.List;

/** A sequence. */
public record YSeq(List<YNode> items, Location at) implements YNode {

  public YSeq {
    items = List.copyOf(items);
  }

  @Override
  public String describe() {
    return "a list";
  }
}
