/**
 * Text helpers the detectors share, with no knowledge of personal data: width folding,
 * kana and romaji ({@link dev.shirabe.detect.text.Kana}, {@link dev.shirabe.detect.text.Romaji}),
 * scripts, Kuromoji's tokens ({@link dev.shirabe.detect.text.JapaneseTokenizer}), English
 * sentences and the word lists of the dictionaries module ({@link dev.shirabe.detect.text.WordList}).
 */
package dev.shirabe.detect.text;
