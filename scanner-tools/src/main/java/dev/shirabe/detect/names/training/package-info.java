/**
 * Training of the name models (run by {@code dictionaries/train-person-model.sh} and {@code
 * dictionaries/train-ja-person-model.sh}), with the generated texts and name swaps it learns
 * from; see docs/models.md.
 */
package dev.shirabe.detect.names.training;
