package dev.shirabe.pipeline;

import dev.shirabe.source.SourceItem;

/**
 * How the scan of one file ended.
 *
 * @param parts parts analysed
 * @param findings findings in all of them
 * @param error why the file could not be read at all, or null
 */
public record FileOutcome(SourceItem file, int parts, int findings, String error) {

  public boolean failed() {
    return error != null;
  }
}
