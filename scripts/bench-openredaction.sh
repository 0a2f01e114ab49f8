#!/usr/bin/env bash
# Shirabe's detectors against OpenRedaction (npm "openredaction", regex-only PII detection, MIT)
# on the same English texts: MB of UTF-8 text per CPU second of each, and Shirabe's / the peer's.
#
#   scripts/bench-openredaction.sh [CORPUS_DIR] [ROUNDS] [REPEATS]
#     CORPUS_DIR  folder of .txt files (default: ../shared/corpus/en_presidio_synth)
#     ROUNDS      measured rounds per run, after one warm-up; the median is taken (default 5)
#     REPEATS     runs of each, alternating Shirabe and the peer, so that both see the same
#                 machine; each pair's ratio and the median ratio are printed (default 3)
#
# Shirabe: `./shirabe bench detection`, the line "all detectors, with context" (one thread's CPU
# time; build first: mvn -B -q -o -DskipTests package). The peer: scripts/openredaction-bench.js
# under `node --single-threaded` (its collector and compiler on the measured thread too, as the
# process's CPU time counts them), with its default patterns. The peer is installed from npm
# into target/openredaction (ignored by git), once; OPENREDACTION_VERSION picks the version.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="$(cd "${1:-$root/../shared/corpus/en_presidio_synth}" && pwd)"
rounds="${2:-5}"
repeats="${3:-3}"
version="${OPENREDACTION_VERSION:-1.1.5}"
peer="$root/target/openredaction"

if [ ! -f "$root/scanner-cli/target/shirabe-cli.jar" ]; then
  echo "build Shirabe first: mvn -B -q -o -DskipTests package" >&2
  exit 2
fi
if [ ! -f "$peer/node_modules/openredaction/package.json" ] \
    || ! grep -q "\"version\": \"$version\"" "$peer/node_modules/openredaction/package.json"; then
  mkdir -p "$peer"
  npm install --prefix "$peer" --no-audit --no-fund --ignore-scripts --loglevel=error \
    "openredaction@$version" >&2
fi

echo "corpus: $corpus; $rounds rounds a run (median), $repeats runs each; openredaction $version," \
  "node $(node --version), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
ratios=()
for ((r = 1; r <= repeats; r++)); do
  shirabe="$("$root/shirabe" bench detection --rounds="$rounds" "$corpus" \
    | awk '/^all detectors, with context/ {print $(NF-1)}')"
  other="$(node --single-threaded "$root/scripts/openredaction-bench.js" \
    "$peer/node_modules" "$corpus" "$rounds" | awk '/^openredaction/ {print $2}')"
  ratio="$(awk -v a="$shirabe" -v b="$other" 'BEGIN {printf "%.2f", a / b}')"
  ratios+=("$ratio")
  echo "run $r: shirabe $shirabe MB/CPU s, openredaction $other MB/CPU s, ratio $ratio"
done
median="$(printf '%s\n' "${ratios[@]}" | sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}')"
echo "median ratio shirabe / openredaction: $median (target: 5 or more)"
