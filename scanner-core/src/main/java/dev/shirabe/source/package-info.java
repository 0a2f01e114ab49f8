/**
 * Where a scan's items come from, and nothing about reading or analysing them.
 *
 * <p>{@link dev.shirabe.source.Source} lists {@link dev.shirabe.source.SourceItem}s: each an id
 * (the inventory's key), a size, a modification time, a path to show and match policies
 * against, and a way to open its bytes as a stream. The pipeline, the extractors and the
 * inventory see only these two interfaces, so that another store, or a cluster's tasks given a
 * list of paths, can feed the same scan.
 *
 * <p>The local file system is the first source: {@link dev.shirabe.source.LocalSource} walks
 * roots with {@link dev.shirabe.source.FileWalker} (links never followed, special files
 * skipped, unreadable paths reported with their reasons, include and exclude patterns) into
 * {@link dev.shirabe.source.SourceFile}s. {@link dev.shirabe.source.PathIdentity} makes a
 * path's bytes-exact key, the id of every item named by a path.
 */
package dev.shirabe.source;
