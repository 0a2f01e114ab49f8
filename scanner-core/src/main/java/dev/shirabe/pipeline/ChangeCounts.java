package dev.shirabe.pipeline;

/**
 * How the files of a scan compare with the inventory's previous record of them.
 *
 * @param added files the inventory did not hold
 * @param changed files whose content changed (they were read again)
 * @param unchanged files whose content did not change (not read again, unless asked to)
 * @param removed files the inventory held under the scanned roots that are gone
 */
public record ChangeCounts(long added, long changed, long unchanged, long removed) {}
