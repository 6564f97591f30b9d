package io.github.ucpkit.ucp.model.yaml;

import io.github.ucpkit.ucp.diag.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** A sequence. */
public record YSeq(List<YNode> items, Location at) implements YNode {

  public YSeq {
    items = List.copyOf(items);
  }

  /** This list with each item replaced by {@code f}'s answer; this very list when nothing changes. */
  public YSeq withItems(UnaryOperator<YNode> f) {
    List<YNode> out = null;
    for (int i = 0; i < items.size(); i++) {
      YNode item = items.get(i);
      YNode value = f.apply(item);
      if (value != item) {
        if (out == null) {
          out = new ArrayList<>(items);
        }
        out.set(i, value);
      }
    }
    return out == null ? this : new YSeq(out, at);
  }

  @Override
  public String describe() {
    return "a list";
  }
}
