package io.github.ucpkit.ucp.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The targets, computed from one run's timings. */
final class Targets {

  private Targets() {}

  static List<Ratio> of(Harness.Options o, Map<String, Timing> t, boolean generateReused, Memory memory) {
    List<Ratio> out = new ArrayList<>();
    int small = o.smallest();
    int large = o.largest();
    out.add(new Ratio("dclint ÷ plugin via mvn, " + small + " files (whole processes)",
        divide(t.get("dclint"), t.get("plugin-mvn-" + small)), "×", 20, true, ""));
    out.add(new Ratio("the same, Maven's JVM with " + Harness.C1_ONLY,
        divide(t.get("dclint"), t.get("plugin-mvn-c1-" + small)), "×", 20, true, "a project's choice, not the default"));
    out.add(new Ratio("plugin in-process ÷ parse floor, " + large + " files",
        divide(t.get("plugin-jmh-" + large), t.get("floor-" + large)), "×", 2, false, ""));
    out.add(new Ratio("overhead on sample-project mvn validate",
        minus(t.get("sample-validate"), t.get("sample-skip")), " s", 0.3, false, "inputs unchanged since the last build"));
    out.add(new Ratio("overhead on sample-project mvn validate, cache off",
        minus(t.get("sample-validate-cold"), t.get("sample-skip")), " s", 0.3, false,
        "what a first build or a changed input pays"));
    out.add(new Ratio("overhead on sample-project mvn generate-resources (validate + generate), unchanged",
        minus(t.get("sample-generate"), t.get("sample-generate-skip")), " s", 0.3, false,
        generateReused ? "the plugin logged that it reused the last results: nothing rendered"
            : "the plugin did NOT report reuse"));
    out.add(new Ratio(memory.files() + " files validate under MAVEN_OPTS=" + Memory.HEAP + " (files checked)",
        memory.timing().measured() ? memory.checked() : Double.NaN, "", memory.files(), true,
        memory.peakKb().isPresent() ? "peak RSS " + Math.round(memory.peakKb().getAsLong() / 1024.0) + " MiB" : ""));
    return out;
  }

  private static double divide(Timing a, Timing b) {
    return a == null || b == null || !a.measured() || !b.measured() ? Double.NaN : a.median() / b.median();
  }

  private static double minus(Timing a, Timing b) {
    return a == null || b == null || !a.measured() || !b.measured() ? Double.NaN : a.median() - b.median();
  }
}
