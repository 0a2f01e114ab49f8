package dev.shirabe.report.ledger;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A place the inventory could not look into: a file nothing could be read of, a part of a
 * file that could not be read while the rest was, or a path the scan did not read on purpose.
 * Immutable.
 *
 * @param status how much of the file went unread
 * @param file the file on disk, as people read it ({@code PathIdentity.display})
 * @param part where inside it (empty for the file itself)
 * @param reason why it could not be read
 * @param lastScanned when a scan last tried to read the file (met the path, for one skipped)
 */
public record UnreadEntry(Status status, String file, String part, String reason,
    Instant lastScanned) {

  /** How much of a file went unread, in the order the report lists them. */
  public enum Status {
    /** Nothing of the file could be read. */
    FAILED,
    /** A part of the file could not be read; the rest was. */
    PARTIAL,
    /** Not read on purpose: a symbolic link, a named pipe, a socket, a device. */
    SKIPPED;

    /** The name the formats show: {@code failed}, {@code partial}, {@code skipped}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public UnreadEntry {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(file, "file");
    part = part == null ? "" : part;
    reason = reason == null ? "" : reason;
  }
}
