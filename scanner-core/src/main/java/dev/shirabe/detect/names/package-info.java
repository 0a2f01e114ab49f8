/**
 * Names of people, Japanese and English: the rules and evidence (honorifics, labels, titles,
 * columns: {@link dev.shirabe.detect.names.NameEvidence}), the lexicons (IPADIC through
 * Kuromoji, ENAMDICT's readings, UniDic's katakana words) and the trained models that propose
 * names in running text ({@link dev.shirabe.detect.names.JapaneseNameModel}, OpenNLP's English
 * name finder). {@code training} holds what trains the models; it runs by hand, not in a scan.
 */
package dev.shirabe.detect.names;
