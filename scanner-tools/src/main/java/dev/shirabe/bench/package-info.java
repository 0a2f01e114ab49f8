/**
 * The benchmarks behind {@code shirabe bench}: throughput against Tika-only extraction,
 * detection against bare tokenization, rescans, lookups and reports. Each reports ratios against
 * a baseline measured in the same run, never a bare time; see docs/performance.md.
 */
package dev.shirabe.bench;
