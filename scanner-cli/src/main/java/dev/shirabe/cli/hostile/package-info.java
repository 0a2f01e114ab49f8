/**
 * The hostile corpus: a seeded generator of broken, malicious and oddly named files (mutations of
 * real samples, decompression bombs, deep nesting, entity expansion, special files), its
 * manifest, and the benchmark that runs the packaged scan over it as a user would and checks that
 * every file is accounted for within bounded memory and temp space.
 */
package dev.shirabe.cli.hostile;
