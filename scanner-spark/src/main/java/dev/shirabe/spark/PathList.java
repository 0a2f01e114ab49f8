package dev.shirabe.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of paths to scan, one per line, as the share's own tools write it (a find(1) output, a
 * file server's change log): UTF-8, blank lines and lines starting with # left out, a trailing
 * CR (a list written on Windows) dropped. A line that is not UTF-8 is refused, not guessed: a
 * mangled name would read as a file that is gone.
 */
final class PathList {

  private PathList() {}

  /** The paths in {@code source}, a file or - for standard input. */
  static List<Path> read(String source) throws IOException {
    if ("-".equals(source)) {
      return read(new InputStreamReader(System.in, StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)), "standard input");
    }
    Path file = Path.of(source);
    if (!Files.isRegularFile(file)) {
      throw new IOException("the path list " + file + " is not a file");
    }
    return read(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString());
  }

  static List<Path> read(Reader reader, String name) throws IOException {
    List<Path> paths = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(reader)) {
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (line.endsWith("\r")) {
          line = line.substring(0, line.length() - 1);
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        try {
          paths.add(Path.of(line));
        } catch (InvalidPathException e) {
          throw new IOException(name + ":" + number + ": not a path: " + e.getReason(), e);
        }
      }
    } catch (CharacterCodingException e) {
      throw new IOException(name + ": not UTF-8 text (write the list as UTF-8)", e);
    }
    return paths;
  }
}
