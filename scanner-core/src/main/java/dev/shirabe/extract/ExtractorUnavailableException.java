package dev.shirabe.extract;

/**
 * The extractor itself cannot work (its processes do not start), so no file can be read: the
 * scan must stop and say so, not list every file as unreadable and end as if it had looked.
 */
public final class ExtractorUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ExtractorUnavailableException(String message) {
    super(message);
  }
}
