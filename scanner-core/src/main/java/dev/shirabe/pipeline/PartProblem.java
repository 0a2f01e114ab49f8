package dev.shirabe.pipeline;

/**
 * A part of a file that could not be read while the rest was (a corrupt attachment, a limit
 * reached), as remembered for a file that is not read again.
 *
 * @param locator the part concerned, empty for the file itself
 */
public record PartProblem(String locator, String reason) {}
