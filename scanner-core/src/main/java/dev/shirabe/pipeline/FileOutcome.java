package dev.shirabe.pipeline;

import dev.shirabe.source.SourceFile;

/**
 * How the scan of one file ended.
 *
 * @param parts parts analysed
 * @param findings findings in all of them
 * @param error why the file could not be read at all, or null
 */
public record FileOutcome(SourceFile file, int parts, int findings, String error) {

  public boolean failed() {
    return error != null;
  }
}
