#!/usr/bin/env bash
# Trains the Japanese name model, dictionaries/src/main/resources/dev/shirabe/dictionaries/models/
# ja-person.bin.gz, from the training files of the shared corpus ja_wikipedia_person and the
# business text generated from dictionaries/training/person-ja (see models/README.md there).
# Deterministic: the same data gives the same bytes.
#
#   dictionaries/train-ja-person-model.sh [SHARED_DIR] [--validation]   (default: ../shared)
#
# With --validation it also keeps the validation fold out, measures the model and the detector
# with it on that fold, and writes nothing: for choosing settings without the held-out files.
# TRAIN_OPTS="-Dfold=2" (to 4) keeps another fold out and measures on that one instead
# (cross-validation: the rules were chosen on fold 1); add -Dreuse=true to measure that fold's
# model again after a change to the rules only, -Dmismatches=true to list misses and wrong finds.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared_arg="$root/../shared"
if [[ $# -gt 0 && $1 != --* ]]; then shared_arg="$1"; shift; fi
shared="$(cd "$shared_arg" && pwd)"
cd "$root"
# test-compile, not compile: scanner-tools' test class path names the core's test jar, which
# the dependency plugin resolves (from the reactor) only once the tests are compiled.
classpath="$(mktemp)"
trap 'rm -f "$classpath"' EXIT
build_log="$(mktemp)"
trap 'rm -f "$classpath" "$build_log"' EXIT
if ! mvn -q -B -Dstyle.color=never test-compile dependency:build-classpath -pl scanner-tools -am \
    -Dmdep.outputFile="$classpath" -Dmdep.includeScope=runtime >"$build_log" 2>&1; then
  cat "$build_log" >&2
  exit 1
fi
java -Xmx3g ${TRAIN_OPTS:-} -cp "scanner-tools/target/classes:scanner-core/target/classes:dictionaries/target/classes:$(cat "$classpath")" \
  dev.shirabe.detect.names.training.JapanesePersonModelTrainer "$shared" "$@" 2>&1 | grep -v 'TrainingProgressMonitor'
