package dev.shirabe.extract;

import java.io.IOException;

/**
 * A limit of {@link ExtractionLimits} was reached while reading. Its message is the whole
 * reason as a person reads it ("an embedded document inflated past the limit of 256 MB …"), so
 * {@link PartAssembly#reason} passes it on as it is.
 */
public final class LimitExceededException extends IOException {

  private static final long serialVersionUID = 1L;

  public LimitExceededException(String reason) {
    super(reason);
  }
}
