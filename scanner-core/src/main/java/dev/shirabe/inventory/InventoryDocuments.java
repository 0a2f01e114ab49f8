package dev.shirabe.inventory;

import dev.shirabe.pipeline.AnalysisFingerprint;
import dev.shirabe.pipeline.PartProblem;
import dev.shirabe.vocabulary.Deadlines;
import dev.shirabe.vocabulary.FindingType;
import dev.shirabe.vocabulary.Handling;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BytesRef;

/**
 * The index's schema: one Lucene document per file, per part and per finding, each carrying
 * the file's path in {@link #FILE} so that one term replaces or removes a file's documents
 * together. Identifiers are indexed as untokenised terms (lookups are term queries); the
 * rest is stored only.
 */
final class InventoryDocuments {

  /** What a document describes: {@link #FILE_KIND}, {@link #PART_KIND} or {@link #FINDING_KIND}. */
  static final String KIND = "kind";

  static final String FILE_KIND = "file";
  static final String PART_KIND = "part";
  static final String FINDING_KIND = "finding";
  /** A path not read on purpose ({@link SkippedPath}): no {@link #FILE} field, never a file. */
  static final String SKIPPED_KIND = "skipped";

  /** A skipped path's identity: its own field, so no file's term ever reaches it. */
  static final String SKIPPED_PATH = "skipped_path";
  static final String SKIPPED_REASON = "skipped_reason";
  static final String SKIPPED_AT = "skipped_at";

  /** The file's absolute path, on all three kinds. */
  static final String FILE = "file";
  /** The file's path again, on its file document only: updates that document alone. */
  static final String FILE_RECORD = "file_record";
  /** The file's path on its part documents only: one term lists a file's parts. */
  static final String PART_OF = "part_of";
  /** The file's path on its finding documents only: one term lists a file's findings. */
  static final String FINDING_OF = "finding_of";

  /**
   * A file's entry (size, times, hash, counts, error), encoded in one binary doc value: every
   * rescan reads it once per file walked, and one doc-value read takes microseconds where a
   * stored-field read inflates a compressed block.
   */
  static final String FILE_ENTRY = "file_entry";
  /** A part that could not be read: locator and reason, in pairs, stored on the file's document. */
  static final String PROBLEM_LOCATOR = "problem_locator";
  static final String PROBLEM_REASON = "problem_reason";

  static final String FINDINGS = "findings";
  static final String LAST_SCANNED = "last_scanned";

  static final String PART = "part";
  static final String TITLE = "title";
  static final String LANG = "lang";

  static final String TYPE = "type";
  static final String SUBTYPE = "subtype";
  static final String VALUE_HASH = "value_hash";
  static final String SUBJECT = "subject";
  static final String MASKED = "masked";
  static final String EXCERPT = "excerpt";
  static final String START = "start";
  /**
   * The start offset indexed as a point, for reading the findings near one (a field of its
   * own: an inventory written before it keeps a consistent schema, and its readers fall back
   * to reading whole parts).
   */
  static final String START_POINT = "start_point";
  static final String END = "end";
  static final String CONFIDENCE = "confidence";
  static final String DETECTOR = "detector";
  static final String CATEGORY = "category";
  static final String PURPOSE = "purpose";
  static final String SIGNAL = "signal";
  static final String FLAG = "flag";
  /** A name's {@link NameForm}; absent on names stored before it was kept. */
  static final String NAME_FORM = "name_form";
  /** A minor's first month of age (yyyy-MM, {@link StoredFinding#coarse}); absent otherwise. */
  static final String MINOR_UNTIL = "minor_until";
  /** The category's retention period (ISO 8601) when the policy states one. */
  static final String RETENTION = "retention";
  /** The date the period runs from, when the record gave one (ISO 8601). */
  static final String RETENTION_FROM = "retention_from";
  /**
   * The handling the policy stated for it, one value per section: {@code kind:id}
   * ({@code joint-use:group_companies}, {@code department:sales}; {@link Handling#keys}).
   */
  static final String HANDLING = "handling";

  private InventoryDocuments() {}

  static Document file(FileEntry e, List<PartProblem> problems) {
    Document d = new Document();
    d.add(new StringField(KIND, FILE_KIND, Field.Store.NO));
    d.add(new StringField(FILE, e.path(), Field.Store.YES));
    d.add(new StringField(FILE_RECORD, e.path(), Field.Store.NO));
    d.add(new BinaryDocValuesField(FILE_ENTRY, encode(e)));
    for (PartProblem p : problems) {
      d.add(new StoredField(PROBLEM_LOCATOR, p.locator()));
      d.add(new StoredField(PROBLEM_REASON, p.reason()));
    }
    return d;
  }

  private static final int MAX_ERROR_CHARS = 4000;

  private static BytesRef encode(FileEntry e) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeLong(e.size());
      out.writeLong(e.modified());
      out.writeLong(e.lastScanned());
      out.writeInt(e.parts());
      out.writeInt(e.findings());
      out.writeInt(e.problems());
      out.writeUTF(e.contentHash());
      out.writeBoolean(e.error() != null);
      if (e.error() != null) {
        String error = e.error();
        out.writeUTF(error.length() > MAX_ERROR_CHARS ? error.substring(0, MAX_ERROR_CHARS) : error);
      }
      out.writeLong(e.firstSeen()); // an entry written before it ends here
      // And one written before these, here: what analysed the file, its counts per type.
      out.writeBoolean(e.analysis() != null);
      if (e.analysis() != null) {
        out.writeLong(e.analysis().build());
        out.writeLong(e.analysis().policy());
        out.writeLong(e.analysis().settings());
      }
      out.writeBoolean(e.byType() != null);
      if (e.byType() != null) {
        out.writeShort(e.byType().size());
        for (Map.Entry<FindingType, Integer> c : new TreeMap<>(e.byType()).entrySet()) {
          out.writeUTF(c.getKey().name()); // by name: types may be added, in any place
          out.writeInt(c.getValue());
        }
      }
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return new BytesRef(bytes.toByteArray());
  }

  /** The entry of the file document {@code doc} of the segment. */
  static FileEntry fileEntry(String path, LeafReader leaf, int doc) throws IOException {
    BinaryDocValues values = leaf.getBinaryDocValues(FILE_ENTRY);
    if (values == null || !values.advanceExact(doc)) {
      throw new IOException("the inventory's entry of " + path + " is missing its data");
    }
    BytesRef b = values.binaryValue();
    try (DataInputStream in =
        new DataInputStream(new ByteArrayInputStream(b.bytes, b.offset, b.length))) {
      long size = in.readLong();
      long modified = in.readLong();
      long scanned = in.readLong();
      int parts = in.readInt();
      int findings = in.readInt();
      int problems = in.readInt();
      String hash = in.readUTF();
      String error = in.readBoolean() ? in.readUTF() : null;
      // An entry written before first-seen times were kept: the earliest time known is the
      // last reading (unchanged files are not written again, so it stays put).
      long firstSeen = in.available() >= Long.BYTES ? in.readLong() : scanned;
      AnalysisFingerprint analysis = in.available() > 0 && in.readBoolean()
          ? new AnalysisFingerprint(in.readLong(), in.readLong(), in.readLong())
          : null;
      Map<FindingType, Integer> byType = null;
      if (in.available() > 0 && in.readBoolean()) {
        byType = new EnumMap<>(FindingType.class);
        for (int i = in.readShort(); i > 0; i--) {
          String type = in.readUTF();
          int count = in.readInt();
          try {
            byType.put(FindingType.valueOf(type), count);
          } catch (IllegalArgumentException unknown) {
            byType = null; // a type a later version added: count them from the findings
            break;
          }
        }
      }
      return new FileEntry(path, size, modified, hash, scanned, error, parts, findings, problems,
          firstSeen, analysis, byType);
    }
  }

  static List<PartProblem> problems(Document d) {
    String[] locators = d.getValues(PROBLEM_LOCATOR);
    String[] reasons = d.getValues(PROBLEM_REASON);
    List<PartProblem> out = new ArrayList<>(locators.length);
    for (int i = 0; i < locators.length && i < reasons.length; i++) {
      out.add(new PartProblem(locators[i], reasons[i]));
    }
    return out;
  }

  static Document skipped(SkippedPath s) {
    Document d = new Document();
    d.add(new StringField(KIND, SKIPPED_KIND, Field.Store.NO));
    d.add(new StringField(SKIPPED_PATH, s.path(), Field.Store.YES));
    d.add(new StoredField(SKIPPED_REASON, s.reason()));
    d.add(new StoredField(SKIPPED_AT, s.lastSeen()));
    return d;
  }

  static SkippedPath skippedPath(Document d) {
    String reason = d.get(SKIPPED_REASON);
    return new SkippedPath(d.get(SKIPPED_PATH), reason == null ? "" : reason,
        longValue(d, SKIPPED_AT));
  }

  static Document part(PartEntry e) {
    Document d = new Document();
    d.add(new StringField(KIND, PART_KIND, Field.Store.NO));
    d.add(new StringField(FILE, e.file(), Field.Store.YES));
    d.add(new StringField(PART_OF, e.file(), Field.Store.NO));
    d.add(new StringField(PART, e.locator(), Field.Store.YES));
    storeIfPresent(d, TITLE, e.title().isEmpty() ? null : e.title());
    storeIfPresent(d, LANG, e.lang());
    d.add(new StoredField(FINDINGS, e.findings()));
    return d;
  }

  static PartEntry partEntry(Document d) {
    String title = d.get(TITLE);
    return new PartEntry(d.get(FILE), d.get(PART), title == null ? "" : title, d.get(LANG),
        (int) longValue(d, FINDINGS));
  }

  static Document finding(StoredFinding f) {
    Document d = new Document();
    d.add(new StringField(KIND, FINDING_KIND, Field.Store.NO));
    d.add(new StringField(FILE, f.file(), Field.Store.YES));
    d.add(new StringField(FINDING_OF, f.file(), Field.Store.NO));
    d.add(new StringField(PART, f.part(), Field.Store.YES));
    d.add(new StringField(TYPE, f.type(), Field.Store.YES));
    storeIfPresent(d, SUBTYPE, f.subtype());
    d.add(new StringField(VALUE_HASH, f.valueHash(), Field.Store.YES));
    for (String subject : f.subjectHashes()) {
      d.add(new StringField(SUBJECT, subject, Field.Store.YES));
    }
    d.add(new StoredField(MASKED, f.masked()));
    storeIfPresent(d, EXCERPT, f.excerpt());
    d.add(new StoredField(START, f.start()));
    d.add(new IntPoint(START_POINT, f.start()));
    d.add(new StoredField(END, f.end()));
    d.add(new StoredField(CONFIDENCE, f.confidence()));
    d.add(new StringField(DETECTOR, f.detector(), Field.Store.YES));
    storeIfPresent(d, LANG, f.lang());
    if (f.category() != null) {
      d.add(new StringField(CATEGORY, f.category(), Field.Store.YES));
    }
    for (String purpose : f.purposes()) {
      d.add(new StringField(PURPOSE, purpose, Field.Store.YES));
    }
    for (String signal : f.signals()) {
      d.add(new StoredField(SIGNAL, signal));
    }
    d.add(new StoredField(LAST_SCANNED, f.lastScanned()));
    for (String flag : f.flags()) {
      d.add(new StringField(FLAG, flag, Field.Store.YES));
    }
    if (f.nameForm() != null) {
      d.add(new StoredField(NAME_FORM, f.nameForm().name()));
    }
    Deadlines deadlines = f.deadlines();
    if (deadlines.minorUntil() != null) {
      d.add(new StoredField(MINOR_UNTIL, YearMonth.from(deadlines.minorUntil()).toString()));
    }
    if (deadlines.retention() != null) {
      d.add(new StoredField(RETENTION, deadlines.retention().toString()));
      storeIfPresent(d, RETENTION_FROM, deadlines.retentionFrom() == null ? null
          : deadlines.retentionFrom().toString());
    }
    for (String key : f.handling().keys()) {
      d.add(new StoredField(HANDLING, key));
    }
    return d;
  }

  /** The finding stored as document {@code doc}, every field read. */
  static StoredFinding storedFinding(StoredFields stored, int doc) throws IOException {
    FindingFields fields = new FindingFields(false);
    stored.document(doc, fields);
    return fields.finding();
  }

  /**
   * Reads a finding document straight into its fields, without building a {@link Document}
   * (a lookup reads thousands, and looking each field up by name in a Document cost a sixth
   * of it). Shown only: only the fields a report shows; the hashes (most of its bytes),
   * excerpt, scan time and name form are skipped, not decoded.
   */
  static final class FindingFields extends StoredFieldVisitor {
    private final boolean shownOnly;
    private String file;
    private String part;
    private String type;
    private String subtype;
    private String valueHash;
    private final List<String> subjects = new ArrayList<>(4);
    private String masked;
    private String excerpt;
    private String detector;
    private String lang;
    private String category;
    private int start;
    private int end;
    private double confidence;
    private long lastScanned;
    private String nameForm;
    private String minorUntil;
    private String retention;
    private String retentionFrom;
    private final List<String> purposes = new ArrayList<>(2);
    private final List<String> signals = new ArrayList<>(4);
    private final List<String> flags = new ArrayList<>(1);
    private final List<String> handling = new ArrayList<>(0);

    FindingFields(boolean shownOnly) {
      this.shownOnly = shownOnly;
    }

    @Override
    public Status needsField(FieldInfo field) {
      return switch (field.name) {
        case FILE, PART, TYPE, SUBTYPE, MASKED, START, END, CONFIDENCE, DETECTOR, LANG, CATEGORY,
            PURPOSE, SIGNAL, FLAG, MINOR_UNTIL, RETENTION, RETENTION_FROM, HANDLING -> Status.YES;
        case VALUE_HASH, SUBJECT, EXCERPT, LAST_SCANNED, NAME_FORM -> shownOnly ? Status.NO : Status.YES;
        default -> Status.NO;
      };
    }

    @Override
    public void stringField(FieldInfo field, String value) {
      switch (field.name) {
        case FILE -> file = first(file, value);
        case PART -> part = first(part, value);
        case TYPE -> type = first(type, value);
        case SUBTYPE -> subtype = first(subtype, value);
        case VALUE_HASH -> valueHash = first(valueHash, value);
        case SUBJECT -> subjects.add(value);
        case MASKED -> masked = first(masked, value);
        case EXCERPT -> excerpt = first(excerpt, value);
        case DETECTOR -> detector = first(detector, value);
        case LANG -> lang = first(lang, value);
        case CATEGORY -> category = first(category, value);
        case NAME_FORM -> nameForm = first(nameForm, value);
        case MINOR_UNTIL -> minorUntil = first(minorUntil, value);
        case RETENTION -> retention = first(retention, value);
        case RETENTION_FROM -> retentionFrom = first(retentionFrom, value);
        case PURPOSE -> purposes.add(value);
        case SIGNAL -> signals.add(value);
        case FLAG -> flags.add(value);
        case HANDLING -> handling.add(value);
        default -> { }
      }
    }

    /** The first value of a field stored twice, as {@link Document#get} gives it. */
    private static String first(String held, String value) {
      return held != null ? held : value;
    }

    @Override
    public void intField(FieldInfo field, int value) {
      longField(field, value);
    }

    @Override
    public void longField(FieldInfo field, long value) {
      switch (field.name) {
        case START -> start = (int) value;
        case END -> end = (int) value;
        case LAST_SCANNED -> lastScanned = value;
        default -> { }
      }
    }

    @Override
    public void floatField(FieldInfo field, float value) {
      doubleField(field, value);
    }

    @Override
    public void doubleField(FieldInfo field, double value) {
      if (field.name.equals(CONFIDENCE)) {
        confidence = value;
      }
    }

    StoredFinding finding() {
      return new StoredFinding(file, part, type, subtype, valueHash, subjects, masked, excerpt,
          start, end, confidence, detector, lang, category, purposes, signals, lastScanned, flags,
          nameForm(nameForm), deadlines(minorUntil, retention, retentionFrom),
          handling.isEmpty() ? Handling.NONE : Handling.ofKeys(handling));
    }
  }

  /** The stored deadlines; what cannot be read (a later version's form) is left out. */
  private static Deadlines deadlines(String minorUntil, String retention, String from) {
    if (minorUntil == null && retention == null) {
      return Deadlines.NONE;
    }
    LocalDate until = null;
    Period period = null;
    LocalDate since = null;
    try {
      until = minorUntil == null ? null : YearMonth.parse(minorUntil).atDay(1);
    } catch (DateTimeException unknown) {
      // as if none
    }
    try {
      period = retention == null ? null : Period.parse(retention);
      since = from == null ? null : LocalDate.parse(from);
    } catch (DateTimeException unknown) {
      period = null;
      since = null;
    }
    return new Deadlines(until, period, since);
  }

  private static NameForm nameForm(String stored) {
    if (stored == null) {
      return null;
    }
    try {
      return NameForm.valueOf(stored);
    } catch (IllegalArgumentException unknown) {
      return null; // a form a later version added: as if unknown
    }
  }

  private static void storeIfPresent(Document d, String name, String value) {
    if (value != null) {
      d.add(new StoredField(name, value));
    }
  }

  private static long longValue(Document d, String name) {
    IndexableField field = d.getField(name);
    return field == null ? 0 : field.numericValue().longValue();
  }

  private static List<String> values(Document d, String name) {
    return new ArrayList<>(Arrays.asList(d.getValues(name)));
  }
}
