package dev.shirabe.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The ids a listing met, as 64-bit digests in a growing array: a million files take 8 MB, not
 * the hundreds a set of path strings would. Two paths sharing a digest (a chance of about one
 * in 10^7 among a million paths) would keep a deleted file's entry, never lose a live one.
 */
final class SeenFiles {

  private long[] digests = new long[1024];
  private int size;
  private boolean sorted;

  synchronized void add(String path) {
    if (size == digests.length) {
      digests = Arrays.copyOf(digests, size * 2);
    }
    digests[size++] = digest(path);
    sorted = false;
  }

  synchronized boolean contains(String path) {
    if (!sorted) {
      Arrays.sort(digests, 0, size);
      sorted = true;
    }
    return Arrays.binarySearch(digests, 0, size, digest(path)) >= 0;
  }

  private static long digest(String path) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
      long v = 0;
      for (int i = 0; i < 8; i++) {
        v = (v << 8) | (d[i] & 0xff);
      }
      return v;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
