package io.github.ucpkit.ucp.model.value;

import java.util.Locale;
import java.util.Optional;

/** The syslog facilities a log target may take: the eight local ones, daemon and user. */
public enum SyslogFacility {
  LOCAL0, LOCAL1, LOCAL2, LOCAL3, LOCAL4, LOCAL5, LOCAL6, LOCAL7, DAEMON, USER;

  public static Optional<SyslogFacility> parse(String text) {
    for (SyslogFacility f : values()) {
      if (f.text().equals(text)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** As HAProxy and syslog write it: lower case. */
  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return text();
  }
}
