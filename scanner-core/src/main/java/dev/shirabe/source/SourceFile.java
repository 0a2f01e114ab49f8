package dev.shirabe.source;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/**
 * A regular file found under a root.
 *
 * @param path the file as reached from its root (not resolved through links)
 * @param root the root it was found under
 */
public record SourceFile(Path path, Path root, long size, FileTime lastModified) {}
