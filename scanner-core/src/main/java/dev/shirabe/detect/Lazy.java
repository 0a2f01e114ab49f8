package dev.shirabe.detect;

import java.util.function.Supplier;

/**
 * A value made on first use, once, whichever thread asks first: the models and dictionaries a
 * scan may not need (the English name model for Japanese text, the language detector for text
 * with no Latin run). A scan of one small file spends most of its time loading such things, so
 * each is loaded when a text first needs it, not when its detector is made.
 *
 * <p>Thread-safe. {@link #isLoaded} lets tests see that a text did not need the value.
 */
public final class Lazy<T> implements Supplier<T> {

  private final Supplier<? extends T> make;
  private volatile T value;

  private Lazy(Supplier<? extends T> make) {
    this.make = make;
  }

  /** A value that {@code make} makes on the first {@link #get}; it must not return null. */
  public static <T> Lazy<T> of(Supplier<? extends T> make) {
    return new Lazy<>(make);
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = make.get();
          if (v == null) {
            throw new IllegalStateException("a lazy value was made null");
          }
          value = v;
        }
      }
    }
    return v;
  }

  /** True once the value was made. */
  public boolean isLoaded() {
    return value != null;
  }
}
