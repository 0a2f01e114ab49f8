package dev.shirabe.report;

/**
 * A file, or a part of one, that could not be read.
 *
 * @param part the embedded part concerned, empty for the file itself
 * @param fatal true when nothing of the file could be read
 */
public record Problem(String file, String part, String reason, boolean fatal) {}
