#!/usr/bin/env bash
# Times Shirabe's start (docs/performance.md, "Start-up"): a scan of one 37-byte text file into
# a fresh inventory, and `subject --name` on an inventory of 2,000 files (made once, by a scan
# of copies of test-corpus files), each ROUNDS times (default 5) with the class-data archive
# (AppCDS) and without it (SHIRABE_CDS=0), the two alternating. Prints each run's wall and CPU
# seconds (user + sys, children included) and the medians, with the load average before each
# round. The archive is made first if it is missing (the launcher's background step, waited for).
# BEFORE=COMMAND adds a third variant to each round: another build's launcher (an older one, to
# compare with; the inventory must be one it reads).
#
#   scripts/startup-bench.sh [ROUNDS] [LAUNCHER]     (default: 5, ./shirabe)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-5}"
launcher="${2:-$root/shirabe}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/one" "$work/many"
printf '山田太郎 090-1234-5678 東京都\n' >"$work/one/a.txt"
sources=("$root/test-corpus/雑/旧PC整理/連絡先メモ.txt" "$root/test-corpus/misc/contacts from the old laptop.txt"
  "$root/test-corpus/総務/名刺データ_署名.txt" "$root/test-corpus/営業/得意先一覧.csv"
  "$root/test-corpus/人事/応募書類/履歴書_中川翔太.txt")
for i in $(seq 0 1999); do
  mkdir -p "$work/many/d$((i / 100))"
  s="${sources[$((i % 5))]}"
  { cat "$s"; echo "# $i"; } >"$work/many/d$((i / 100))/f$i.${s##*.}"
done
echo "making the 2,000-file inventory (and the class-data archive if it is missing) ..." >&2
"$launcher" scan --no-progress --index "$work/index" --key-file "$work/key" "$work/many" >/dev/null 2>&1 || true
while ls "${XDG_CACHE_HOME:-$HOME/.cache}"/shirabe/*.making >/dev/null 2>&1; do sleep 2; done

# Prints "wall cpu" of one run.
timed() {
  /usr/bin/time -f '%e %U %S' -o "$work/time" "$@" >/dev/null 2>&1 || true
  # The last line: time says first when the command exited non-zero (a scan that finds some).
  tail -n 1 "$work/time" | awk '{printf "%.2f %.2f\n", $1, $2 + $3}'
}
declare -A results
for r in $(seq 1 "$rounds"); do
  echo "round $r, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  for cds in 1 0 ${BEFORE:+before}; do
    run="$launcher"
    [ "$cds" = before ] && run="$BEFORE"
    rm -rf "$work/one-index"
    scan="$(SHIRABE_CDS=$cds timed "$run" scan --no-progress --index "$work/one-index" --key-file "$work/key" "$work/one")"
    subject="$(SHIRABE_CDS=$cds timed "$run" subject --index "$work/index" --key-file "$work/key" --name 中川翔太)"
    echo "  cds=$cds  scan one file: $scan   subject --name: $subject   (wall s, cpu s)" >&2
    results[scan$cds]+="$scan"$'\n'
    results[subject$cds]+="$subject"$'\n'
  done
done
median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
for what in scan subject; do
  for cds in 1 0 ${BEFORE:+before}; do
    rows="${results[$what$cds]}"
    echo "$what cds=$cds: median wall $(cut -d' ' -f1 <<<"${rows%$'\n'}" | median) s," \
      "median cpu $(cut -d' ' -f2 <<<"${rows%$'\n'}" | median) s"
  done
done
