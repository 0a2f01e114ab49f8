package dev.shirabe.inventory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes (HMAC-SHA-256) of normalised values, so that the inventory can match a value
 * without holding it: whoever steals the index without the key cannot test guesses against
 * it. The key is per installation, in a file readable by its owner only. Thread-safe.
 */
public final class KeyedHasher {

  private static final String ALGORITHM = "HmacSHA256";
  private static final int KEY_BYTES = 32;

  private final SecretKeySpec key;
  /** The key file it was loaded from; null for a key given as bytes. */
  private final Path file;
  /**
   * Each thread's MAC, made and keyed once: a new one for every value (the JCA's provider
   * look-up, then the key's two padded blocks digested) was about as much CPU as the value's
   * own digest, on every key a scan or a look-up hashes. {@code doFinal} leaves a MAC keyed
   * as {@code init} did, so each value's HMAC is the same.
   */
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

  private KeyedHasher(byte[] key, Path file) {
    this.key = new SecretKeySpec(key, ALGORITHM);
    this.file = file;
  }

  /** A hasher with the given key bytes (tests). */
  public static KeyedHasher withKey(byte[] key) {
    if (key.length < 16) {
      throw new IllegalArgumentException("key shorter than 16 bytes");
    }
    return new KeyedHasher(key.clone(), null);
  }

  /**
   * The hasher with the key in {@code keyFile}; a new random key is created there first when
   * the file does not exist (mode 0600, its folder 0700 when created).
   */
  public static KeyedHasher load(Path keyFile) throws IOException {
    if (!Files.exists(keyFile)) {
      create(keyFile);
    }
    byte[] key = Files.readAllBytes(keyFile);
    if (key.length != KEY_BYTES) {
      throw new IOException("not a Shirabe key file (" + key.length + " bytes, expected "
          + KEY_BYTES + "): " + keyFile);
    }
    return new KeyedHasher(key, keyFile);
  }

  private static void create(Path keyFile) throws IOException {
    Path parent = keyFile.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      OwnerOnly.createDirectories(parent);
    }
    byte[] key = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(key);
    try {
      Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(OwnerOnly.FILE));
    } catch (FileAlreadyExistsException e) {
      return; // another process made it first: use theirs
    } catch (UnsupportedOperationException e) {
      Files.createFile(keyFile); // not a POSIX file system
    }
    Files.write(keyFile, key);
  }

  /** The key file this key was loaded from; null for a key given as bytes. */
  public Path file() {
    return file;
  }

  /** "the key file FILE", or "the key given" when it came from no file: for messages. */
  static String describe(Path keyFile) {
    return keyFile == null ? "the key given" : "the key file " + keyFile;
  }

  /** The lower-case hex HMAC-SHA-256 of the value's UTF-8 bytes. */
  public String hash(String value) {
    return HexFormat.of().formatHex(macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8)));
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is part of every JDK", e);
    }
  }
}
