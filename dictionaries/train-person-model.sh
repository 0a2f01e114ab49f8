#!/usr/bin/env bash
# Trains the English person-name model, dictionaries/src/main/resources/dev/shirabe/dictionaries/
# models/en-person.bin, from the shared corpora's training files and the generated sentences of
# dictionaries/training/person-en (see models/README.md there). Deterministic: the same data gives
# the same bytes. Takes about a minute.
#
#   dictionaries/train-person-model.sh [SHARED_DIR]     (default: ../shared beside the repository)
#   dictionaries/train-person-model.sh [SHARED_DIR] --validation
#       trains without the validation fold (files numbered 1 mod 5) into scanner-tools/target,
#       scores the detector with that model on the fold, and leaves the shipped model alone.
#       SHIRABE_MISMATCHES=true lists what it missed and found wrongly there.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="$(cd "${1:-$root/../shared}" && pwd)"
mode="${2:-}"
cd "$root"
# test-compile, not compile: scanner-tools' test class path names the core's test jar, which
# the dependency plugin resolves (from the reactor) only once the tests are compiled.
classpath="$(mktemp)"
trap 'rm -f "$classpath"' EXIT
mvn -q -B -Dstyle.color=never test-compile dependency:build-classpath -pl scanner-tools -am \
  -Dmdep.outputFile="$classpath" -Dmdep.includeScope=runtime >/dev/null
cp="scanner-tools/target/classes:scanner-core/target/classes:dictionaries/target/classes:$(cat "$classpath")"
java -Xmx2g -cp "$cp" \
  dev.shirabe.detect.names.training.PersonModelTrainer "$shared" $mode 2>&1 | grep -v 'TrainingProgressMonitor'
if [[ "$mode" == --validation ]]; then
  # The validation model's folder first, so that it is the en-person.bin the detector loads.
  java -Xmx2g -Dmismatches="${SHIRABE_MISMATCHES:-false}" -cp "scanner-tools/target/en-person-validation:$cp" \
    dev.shirabe.detect.names.training.PersonModelValidation "$shared"
fi
