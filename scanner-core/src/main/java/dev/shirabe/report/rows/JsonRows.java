package dev.shirabe.report.rows;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/** Records as JSON objects with the layout's fields, streamed: one a line, or in an array. */
final class JsonRows<R> implements RowWriter<R> {

  private final List<JsonField<R>> fields;
  private final JsonGenerator json;
  private final boolean lines;

  JsonRows(RowLayout<R> layout, JsonGenerator json, boolean lines) {
    this.fields = layout.fields();
    this.json = json;
    this.lines = lines;
  }

  @Override
  public void row(R record) throws IOException {
    json.writeStartObject();
    for (JsonField<R> f : fields) {
      f.write(json, record);
    }
    json.writeEndObject();
    if (lines) {
      json.writeRaw('\n');
    }
  }

  @Override
  public void close() throws IOException {
    json.flush();
  }
}
