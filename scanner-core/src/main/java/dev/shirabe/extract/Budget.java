package dev.shirabe.extract;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

/**
 * What is left of one file's character and time limits, shared by all its parts. Once it is
 * spent, every part of the file stops: a PST whose time ran out must not go on opening mails
 * only to report each one.
 */
final class Budget {

  private final long deadline;
  private final Duration maxTime;
  private long charsLeft;
  private String spent;

  Budget(long maxChars, Duration maxTime) {
    this.charsLeft = maxChars;
    this.maxTime = maxTime;
    this.deadline = System.nanoTime() + maxTime.toNanos();
  }

  /** Takes {@code chars} characters of text. */
  void take(int chars) throws IOException {
    check();
    if (charsLeft < chars) {
      spend("more text than the limit per file; the rest of the file was not read");
    }
    charsLeft -= chars;
  }

  /** Throws, with the reason, once the budget is spent or the time is up. */
  void check() throws IOException {
    if (spent != null) {
      throw new IOException(spent);
    }
    if (System.nanoTime() - deadline > 0) {
      // "PT30M" reads "30m".
      String limit = maxTime.toString().substring(2).toLowerCase(Locale.ROOT);
      spend("took longer than the time limit of " + limit + "; the rest of the file was not read");
    }
  }

  /** Spends the budget for another reason (a limit of its own was reached), and throws. */
  void stop(String reason) throws LimitExceededException {
    if (spent == null) {
      spent = reason;
    }
    throw new LimitExceededException(spent);
  }

  /** Why the file was stopped, or null while it may go on. */
  String spent() {
    return spent;
  }

  private void spend(String reason) throws IOException {
    spent = reason;
    throw new IOException(reason);
  }
}
