package io.github.ucpkit.ucp.e2e.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code dig @127.0.0.1 -p PORT}: one query, its status and its answer section. */
public final class Dig {

  private static final Pattern STATUS = Pattern.compile(";; ->>HEADER<<- opcode: \\w+, status: (\\w+),");
  private static final Pattern FLAGS = Pattern.compile(";; flags: ([a-z ]*);");

  /** One record of the answer section. */
  public record Rr(String name, long ttl, String type, String data) {}

  /** @param flags the header flags, e.g. {@code qr aa} */
  public record Answer(String status, List<String> flags, List<Rr> answer, String raw) {

    /** The data of the answer's records of that type, in the order received. */
    public List<String> data(String type) {
      return answer.stream().filter(r -> r.type().equals(type)).map(Rr::data).toList();
    }
  }

  private Dig() {}

  /** Asks without recursion, one try, two seconds at most: the server is local or it is broken. */
  public static Answer query(int port, String name, String type) {
    Exec.Result r = Exec.run(List.of(Tools.require("dig").toString(), "@127.0.0.1", "-p", Integer.toString(port),
        "+norecurse", "+time=2", "+tries=1", name, type), null, null, Duration.ofSeconds(15));
    if (r.exit() != 0) {
      throw new AssertionError("dig failed:\n" + r.describe());
    }
    return parse(r.stdout());
  }

  static Answer parse(String out) {
    Matcher status = STATUS.matcher(out);
    Matcher flags = FLAGS.matcher(out);
    if (!status.find() || !flags.find()) {
      throw new AssertionError("unexpected dig output:\n" + out);
    }
    List<Rr> answer = new ArrayList<>();
    boolean inAnswer = false;
    for (String line : out.split("\n")) {
      if (line.startsWith(";; ANSWER SECTION:")) {
        inAnswer = true;
      } else if (inAnswer && (line.isBlank() || line.startsWith(";"))) {
        inAnswer = false;
      } else if (inAnswer) {
        String[] f = line.trim().split("\\s+", 5);
        answer.add(new Rr(f[0].toLowerCase(Locale.ROOT), Long.parseLong(f[1]), f[3], f[4]));
      }
    }
    return new Answer(status.group(1), List.of(flags.group(1).trim().split(" ")), List.copyOf(answer), out);
  }
}
