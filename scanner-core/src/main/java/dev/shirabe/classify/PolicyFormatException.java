package dev.shirabe.classify;

/** A policy file that cannot be read as one: where and why. */
public final class PolicyFormatException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final String reason;

  PolicyFormatException(String source, int line, String reason) {
    super(source + (line > 0 ? ":" + line : "") + ": " + reason);
    this.source = source;
    this.line = line;
    this.reason = reason;
  }

  public String source() {
    return source;
  }

  /** The line, counted from 1; 0 when the fault is the file's as a whole. */
  public int line() {
    return line;
  }

  public String reason() {
    return reason;
  }
}
