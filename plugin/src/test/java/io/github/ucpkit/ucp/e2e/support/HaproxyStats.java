package io.github.ucpkit.ucp.e2e.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HAProxy's {@code show stat} over its admin socket (a unix socket, so nothing on the network).
 * The columns the tests read: {@code status} (UP, DOWN) and {@code check_status} (L4OK = TCP
 * connect only, L6OK = TLS handshake only, L7OK = HTTP answered as expected, L7STS = wrong status).
 */
public final class HaproxyStats {

  private HaproxyStats() {}

  /** One row of a server, by column name. */
  public record Row(Map<String, String> columns) {

    public String get(String column) {
      String v = columns.get(column);
      if (v == null) {
        throw new AssertionError("show stat has no column " + column + ": " + columns.keySet());
      }
      return v;
    }

    /** The last check's result; a leading "* " only says a check is running right now. */
    public String checkStatus() {
      String s = get("check_status");
      return s.startsWith("* ") ? s.substring(2) : s;
    }

    @Override
    public String toString() {
      return get("svname") + " " + get("status") + " " + get("check_status") + " " + get("check_code");
    }
  }

  /** The servers of one backend, by server name; the BACKEND and FRONTEND summary rows are left out. */
  public static Map<String, Row> servers(Path socket, String backend) {
    String csv = command(socket, "show stat");
    String[] lines = csv.split("\n");
    if (lines.length == 0 || !lines[0].startsWith("# ")) {
      throw new AssertionError("unexpected answer to show stat: " + csv);
    }
    String[] names = lines[0].substring(2).split(",", -1);
    Map<String, Row> out = new LinkedHashMap<>();
    for (String line : List.of(lines).subList(1, lines.length)) {
      String[] cells = line.split(",", -1);
      if (cells.length < 2 || !cells[0].equals(backend) || cells[1].equals("BACKEND") || cells[1].equals("FRONTEND")) {
        continue;
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < names.length && i < cells.length; i++) {
        row.put(names[i], cells[i]);
      }
      out.put(cells[1], new Row(row));
    }
    return out;
  }

  /** Sends one command and reads the answer until HAProxy closes the connection. */
  public static String command(Path socket, String command) {
    try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      ch.connect(UnixDomainSocketAddress.of(socket));
      ch.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.US_ASCII)));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteBuffer buf = ByteBuffer.allocate(16384);
      while (ch.read(buf) > 0) {
        out.write(buf.array(), 0, buf.position());
        buf.clear();
      }
      return out.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot talk to haproxy's admin socket " + socket, e);
    }
  }
}
