package dev.shirabe.subject.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The log of a disclosure case: {@code <inventory>/cases/<ID>.jsonl}, one JSON object per run
 * ({@link CaseRun}), appended, never rewritten. The folder is mode 0700 and the file 0600, as
 * the inventory's own files; it holds what the inventory holds (file paths, keyed hashes,
 * masked values), never a raw value. The format is in docs/subject.md.
 */
public final class CaseLog {

  /** The folder inside the inventory that holds the cases' logs. */
  public static final String FOLDER = "cases";

  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwx------");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;

  private CaseLog(Path file) {
    this.file = file;
  }

  /** The log of case {@code id} in the inventory folder {@code inventory}. */
  public static CaseLog of(Path inventory, String id) {
    return new CaseLog(inventory.resolve(FOLDER).resolve(CaseId.check(id) + ".jsonl"));
  }

  public Path file() {
    return file;
  }

  public boolean exists() {
    return Files.exists(file);
  }

  /** The runs logged so far, oldest first; none when the case is new. */
  public List<CaseRun> read() throws IOException {
    List<CaseRun> runs = new ArrayList<>();
    if (!Files.exists(file)) {
      return runs;
    }
    int number = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        runs.add(run(JSON.readTree(line)));
      } catch (IOException | RuntimeException e) {
        // A log that cannot be read must not be taken as "nothing listed before".
        throw new IOException(file + ":" + number + ": not a case log line (" + e.getMessage() + ")", e);
      }
    }
    return runs;
  }

  /** Appends the run, creating the folder (0700) and the file (0600) when new. */
  public void append(CaseRun run) throws IOException {
    Path folder = file.getParent();
    if (!Files.isDirectory(folder)) {
      try {
        Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(DIR));
        Files.setPosixFilePermissions(folder, DIR); // the umask may have narrowed it
      } catch (UnsupportedOperationException e) {
        Files.createDirectories(folder);
      }
    }
    if (!Files.exists(file)) {
      try {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
      } catch (UnsupportedOperationException e) {
        Files.createFile(file);
      }
    }
    try {
      Files.setPosixFilePermissions(file, FILE); // however it came to exist
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system
    }
    Files.writeString(file, JSON.writeValueAsString(json(run)) + "\n", StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
  }

  /** A time as the log and JSON output write it: ISO 8601 with the offset, to the second. */
  public static String time(OffsetDateTime time) {
    return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
        time.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
  }

  static ObjectNode json(CaseRun run) {
    ObjectNode o = JSON.createObjectNode();
    o.put("case", run.caseId());
    o.put("time", time(run.time()));
    ArrayNode request = o.putArray("request");
    run.request().forEach(request::add);
    places(o.putArray("places"), run.places());
    places(o.putArray("excluded"), run.excluded());
    ArrayNode since = o.putArray("since");
    for (PlaceChange c : run.since()) {
      ObjectNode n = place(c.place());
      n.put("listed", c.listed());
      n.put("status", c.status().label());
      n.put("remaining", c.remaining());
      since.add(n);
    }
    return o;
  }

  private static void places(ArrayNode array, List<CasePlace> places) {
    places.forEach(p -> array.add(place(p)));
  }

  private static ObjectNode place(CasePlace p) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", p.id());
    n.put("file", p.file());
    n.put("part", p.part());
    n.put("contentHash", p.contentHash());
    ArrayNode items = n.putArray("items");
    for (CasePlace.Item i : p.items()) {
      ObjectNode item = items.addObject();
      item.put("type", i.type());
      item.put("masked", i.masked());
      item.put("valueHash", i.valueHash());
    }
    return n;
  }

  private static CaseRun run(JsonNode o) {
    List<String> request = new ArrayList<>();
    o.path("request").forEach(r -> request.add(r.asText()));
    List<PlaceChange> since = new ArrayList<>();
    for (JsonNode n : o.path("since")) {
      since.add(new PlaceChange(place(n), text(n, "listed"),
          PlaceChange.Status.valueOf(text(n, "status").toUpperCase(java.util.Locale.ROOT)),
          n.path("remaining").asInt()));
    }
    OffsetDateTime time;
    try {
      time = OffsetDateTime.parse(text(o, "time"));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("bad time " + o.path("time"), e);
    }
    return new CaseRun(text(o, "case"), time, request, places(o.path("places")),
        places(o.path("excluded")), since);
  }

  private static List<CasePlace> places(JsonNode array) {
    List<CasePlace> places = new ArrayList<>();
    array.forEach(n -> places.add(place(n)));
    return places;
  }

  private static CasePlace place(JsonNode n) {
    List<CasePlace.Item> items = new ArrayList<>();
    for (JsonNode i : n.path("items")) {
      items.add(new CasePlace.Item(text(i, "type"), text(i, "masked"), text(i, "valueHash")));
    }
    return new CasePlace(text(n, "id"), text(n, "file"), n.path("part").asText(""),
        n.path("contentHash").isTextual() ? n.get("contentHash").asText() : null, items);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException("no " + field);
    }
    return v.asText();
  }
}
