package org.koinagora.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a Payara server log as it grows and names every error in it that no test expected: a line
 * logged at SEVERE (level value 1000, which Payara prints as ERROR or SEVERE) or a Weld observer
 * failure (WELD-000401). An error is a failure, not noise; what a test provokes on purpose is
 * allowed only with its reason.
 */
public final class ServerLog {

  private static final Pattern ERROR = Pattern.compile("levelValue: 1000|\\[SEVERE\\]|WELD-000401");

  /** Errors that are expected wherever they appear, each with why. */
  private static final List<Allowed> ALWAYS_ALLOWED = List.of();

  /** An error that is allowed, and why. */
  public record Allowed(Pattern pattern, String reason) {
    public static Allowed of(String regex, String reason) {
      return new Allowed(Pattern.compile(regex), reason);
    }
  }

  private final Path file;
  private long read;

  /** The first line of the file as last read: a new boot that starts the file afresh changes it. */
  private String firstLine = "";

  public ServerLog(Path file) {
    this.file = file;
  }

  /** The unexpected errors logged since the last call, each with the lines that follow it. */
  public List<String> newErrors(Allowed... allowed) throws IOException {
    // java.util.logging names the file it writes with a generation number
    Path written = Files.exists(file) ? file : file.resolveSibling(file.getFileName() + ".0");
    if (!Files.exists(written)) {
      return List.of();
    }
    byte[] all = Files.readAllBytes(written);
    String first =
        new String(all, 0, Math.min(all.length, 200), StandardCharsets.UTF_8).split("\n", 2)[0];
    long from = all.length < read || !first.equals(firstLine) ? 0 : read;
    firstLine = first;
    read = all.length;
    String[] lines =
        new String(all, (int) from, (int) (all.length - from), StandardCharsets.UTF_8).split("\n");
    List<String> errors = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (ERROR.matcher(lines[i]).find()) {
        String entry = String.join("\n", List.of(lines).subList(i, Math.min(lines.length, i + 4)));
        if (!isAllowed(entry, allowed)) {
          errors.add(entry);
        }
      }
    }
    return errors;
  }

  private static boolean isAllowed(String entry, Allowed... allowed) {
    for (Allowed rule : ALWAYS_ALLOWED) {
      if (rule.pattern().matcher(entry).find()) {
        return true;
      }
    }
    for (Allowed rule : allowed) {
      if (rule.pattern().matcher(entry).find()) {
        return true;
      }
    }
    return false;
  }
}
