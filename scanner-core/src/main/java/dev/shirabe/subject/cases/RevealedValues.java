package dev.shirabe.subject.cases;

import dev.shirabe.extract.ExtractionException;
import dev.shirabe.extract.Extractor;
import dev.shirabe.extract.PartSink;
import dev.shirabe.inventory.FileEntry;
import dev.shirabe.inventory.InventorySearcher;
import dev.shirabe.inventory.StoredFinding;
import dev.shirabe.pipeline.ContentHash;
import dev.shirabe.source.PathIdentity;
import dev.shirabe.subject.Place;
import dev.shirabe.vocabulary.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code subject --reveal}: the actual values of the person's data, for the response. The
 * inventory keeps no raw value, so each file is read again, and a finding's value is the text
 * at its offsets in its part. That holds only while the file is as the scan read it: a file
 * whose bytes no longer match the inventory's content hash, or that is gone, gives no values,
 * and says so (rescan, then look up again).
 */
public final class RevealedValues {

  /** How reading a place again went. */
  public enum State {
    /** Read: the values are those the scan found. */
    READ,
    /** The file is no longer there. */
    GONE,
    /** The file changed since the scan: its offsets no longer hold. */
    CHANGED,
    /** The file or its part could not be read again. */
    UNREADABLE;

    /** Why no values are shown, in English and Japanese; empty for {@link #READ}. */
    public String reason() {
      return switch (this) {
        case READ -> "";
        case GONE -> "the file is gone since the scan";
        case CHANGED -> "the file changed since the scan: rescan and look up again";
        case UNREADABLE -> "the file could not be read again";
      };
    }

    public String reasonJa() {
      return switch (this) {
        case READ -> "";
        case GONE -> "スキャン後にファイルが削除されています";
        case CHANGED -> "スキャン後にファイルが変更されています（再スキャンしてから再度検索してください）";
        case UNREADABLE -> "ファイルを読み直せませんでした";
      };
    }
  }

  /**
   * A place read again.
   *
   * @param values the values of the place's findings, in their order (empty unless READ)
   */
  public record Revealed(State state, List<String> values) {
    public Revealed {
      values = List.copyOf(values);
    }

    /** The value of the place's i-th finding, or null. */
    public String value(int i) {
      return i < values.size() ? values.get(i) : null;
    }
  }

  private final InventorySearcher inventory;
  private final Extractor extractor;

  public RevealedValues(InventorySearcher inventory, Extractor extractor) {
    this.inventory = inventory;
    this.extractor = extractor;
  }

  /** Each place read again, in the places' order; a file of several places is read once. */
  public List<Revealed> read(List<Place> places) throws IOException, InterruptedException {
    Map<String, Map<String, String>> partsByFile = new HashMap<>();
    Map<String, State> stateByFile = new HashMap<>();
    List<Revealed> out = new ArrayList<>();
    for (Place place : places) {
      String key = CaseTracker.key(place);
      if (!stateByFile.containsKey(key)) {
        stateByFile.put(key, readFile(key, partsByFile));
      }
      State state = stateByFile.get(key);
      String text = state == State.READ ? partsByFile.get(key).get(place.part()) : null;
      if (state == State.READ && text == null) {
        state = State.UNREADABLE; // the part is no longer in the file as read now
      }
      if (state != State.READ) {
        out.add(new Revealed(state, List.of()));
        continue;
      }
      List<String> values = new ArrayList<>();
      for (StoredFinding f : place.findings()) {
        values.add(f.start() >= 0 && f.end() <= text.length() && f.start() <= f.end()
            ? text.substring(f.start(), f.end()) : null);
      }
      out.add(new Revealed(State.READ, values));
    }
    return out;
  }

  private State readFile(String key, Map<String, Map<String, String>> partsByFile)
      throws IOException, InterruptedException {
    Path path;
    try {
      path = PathIdentity.toPath(key);
    } catch (InvalidPathException e) {
      return State.UNREADABLE;
    }
    if (!Files.isRegularFile(path)) {
      return State.GONE;
    }
    Optional<FileEntry> entry = inventory.file(key);
    String now;
    try (InputStream in = Files.newInputStream(path)) {
      now = ContentHash.of(in);
    } catch (IOException e) {
      return State.UNREADABLE;
    }
    if (entry.isEmpty() || !now.equals(entry.get().contentHash())) {
      return State.CHANGED;
    }
    Map<String, String> parts = new HashMap<>();
    try {
      extractor.extract(path, new PartSink() {
        @Override
        public void part(Part part) {
          parts.put(part.locator(), part.text());
        }

        @Override
        public void problem(String locator, String reason) {}
      });
    } catch (ExtractionException e) {
      return State.UNREADABLE;
    }
    partsByFile.put(key, parts);
    return State.READ;
  }
}
