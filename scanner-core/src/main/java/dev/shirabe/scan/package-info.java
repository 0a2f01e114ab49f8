/**
 * A scan wired whole: {@link dev.shirabe.scan.Scanner} puts together the source, the extractor,
 * the detectors, the policy's classifier and the inventory, so that the command line, a cluster
 * job and any other front end state what they want and wire nothing themselves. It sits above
 * the stage packages (source, extract, detect, classify, pipeline, inventory) and nothing in
 * them depends on it.
 */
package dev.shirabe.scan;
