package dev.shirabe.report.rows;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * What a record writes into its JSON object: one field, or none (a field present only when it
 * has a value), or a few. The fields of a layout are written in their order, which is the
 * record's contract order.
 */
@FunctionalInterface
public interface JsonField<R> {

  void write(JsonGenerator json, R record) throws IOException;

  /** A string field (null written as null). */
  static <R> JsonField<R> string(String name, Function<R, String> value) {
    return (json, r) -> json.writeStringField(name, value.apply(r));
  }

  /** An integer field. */
  static <R> JsonField<R> number(String name, ToLongFunction<R> value) {
    return (json, r) -> json.writeNumberField(name, value.applyAsLong(r));
  }

  /** A decimal field. */
  static <R> JsonField<R> decimal(String name, ToDoubleFunction<R> value) {
    return (json, r) -> json.writeNumberField(name, value.applyAsDouble(r));
  }

  /** An array of strings. */
  static <R> JsonField<R> strings(String name, Function<R, ? extends Collection<String>> values) {
    return (json, r) -> {
      json.writeArrayFieldStart(name);
      for (String v : values.apply(r)) {
        json.writeString(v);
      }
      json.writeEndArray();
    };
  }

  /** An object of counts: {@code {"PERSON": 3}}, in the map's order. */
  static <R> JsonField<R> counts(String name, Function<R, Map<String, Long>> counts) {
    return (json, r) -> {
      json.writeObjectFieldStart(name);
      for (Map.Entry<String, Long> e : counts.apply(r).entrySet()) {
        json.writeNumberField(e.getKey(), e.getValue());
      }
      json.writeEndObject();
    };
  }

  /** This field only for the records {@code when} holds for; none for the others. */
  default JsonField<R> when(Predicate<R> when) {
    return (json, r) -> {
      if (when.test(r)) {
        write(json, r);
      }
    };
  }
}
