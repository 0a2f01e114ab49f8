package dev.shirabe.report;

import java.util.Locale;

/**
 * A file, or a part of one, that could not be read, or a path deliberately not scanned.
 *
 * @param part the embedded part concerned, empty for the file itself
 */
public record Problem(String file, String part, String reason, Status status) {

  /** How much of the file is missing from the scan. */
  public enum Status {
    /** Nothing of the file could be read. */
    FAILED,
    /** A part of the file could not be read; the rest was. */
    PARTIAL,
    /** Deliberately not scanned: a symbolic link, a named pipe, a socket, a device. */
    SKIPPED;

    /** The word the output formats use: {@code failed}, {@code partial}, {@code skipped}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** True when nothing of the file could be read. */
  public boolean fatal() {
    return status == Status.FAILED;
  }
}
