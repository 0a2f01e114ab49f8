package dev.shirabe.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a {@code --format} value, in any case, as one of a command's formats; a wrong one is
 * answered with the list of right ones. Each command names its formats' enum in a subclass
 * (picocli makes converters from their classes).
 */
abstract class FormatNames<E extends Enum<E>> implements ITypeConverter<E> {

  private final Class<E> formats;

  FormatNames(Class<E> formats) {
    this.formats = formats;
  }

  @Override
  public E convert(String value) {
    for (E format : formats.getEnumConstants()) {
      if (format.name().equalsIgnoreCase(value)) {
        return format;
      }
    }
    List<String> names = Arrays.stream(formats.getEnumConstants())
        .map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
    throw new TypeConversionException("'" + value + "' is not a format; use "
        + String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1));
  }
}
