package dev.shirabe.evaluation;

import java.util.List;

/**
 * One labelled text of a gold set: a file, relative to the gold set's folder, or one part of
 * a file (a mail of an archive, an attachment) named by its locator, and every entity labelled
 * in it. A file the gold set does not list is unlabelled, not empty.
 *
 * @param part the locator of the part, as the extractor names it; empty for the file's text
 */
public record GoldDocument(String file, String part, List<GoldSpan> entities) {

  public GoldDocument {
    entities = List.copyOf(entities);
  }

  public GoldDocument(String file, List<GoldSpan> entities) {
    this(file, "", entities);
  }
}
