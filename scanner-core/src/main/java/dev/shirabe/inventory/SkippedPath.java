package dev.shirabe.inventory;

/**
 * A path a scan met and deliberately did not read (a symbolic link, a named pipe, a socket,
 * a device), as the inventory remembers it: apart from the files, so that it never counts as
 * one (a rescan's change detection and removals see files only).
 *
 * @param path its identity ({@code PathIdentity.of}), as a file's key
 * @param reason why it was not read
 * @param lastSeen epoch millis of the scan that last met it
 */
public record SkippedPath(String path, String reason, long lastSeen) {}
