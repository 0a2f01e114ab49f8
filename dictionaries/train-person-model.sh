#!/usr/bin/env bash
# Trains the English person-name model, dictionaries/src/main/resources/dev/shirabe/dictionaries/
# models/en-person.bin, from the shared corpora's training files and the generated sentences of
# dictionaries/training/person-en (see models/README.md there). Deterministic: the same data gives
# the same bytes. Takes about a minute.
#
#   dictionaries/train-person-model.sh [SHARED_DIR]     (default: ../shared beside the repository)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="$(cd "${1:-$root/../shared}" && pwd)"
cd "$root"
# test-compile, not compile: scanner-tools' test class path names the core's test jar, which
# the dependency plugin resolves (from the reactor) only once the tests are compiled.
classpath="$(mktemp)"
trap 'rm -f "$classpath"' EXIT
mvn -q -B -Dstyle.color=never test-compile dependency:build-classpath -pl scanner-tools -am \
  -Dmdep.outputFile="$classpath" -Dmdep.includeScope=runtime >/dev/null
java -Xmx2g -cp "scanner-tools/target/classes:scanner-core/target/classes:dictionaries/target/classes:$(cat "$classpath")" \
  dev.shirabe.detect.names.training.PersonModelTrainer "$shared" 2>&1 | grep -v 'TrainingProgressMonitor'
