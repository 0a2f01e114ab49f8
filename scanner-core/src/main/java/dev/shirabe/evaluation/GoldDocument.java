package dev.shirabe.evaluation;

import java.util.List;

/**
 * One labelled file of a gold set: its name relative to the gold set's folder and every entity
 * labelled in it. A file the gold set does not list is unlabelled, not empty.
 */
public record GoldDocument(String file, List<GoldSpan> entities) {

  public GoldDocument {
    entities = List.copyOf(entities);
  }
}
