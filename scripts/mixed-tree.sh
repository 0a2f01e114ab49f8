#!/usr/bin/env bash
# Writes a tree of mixed files for the thread benchmark (docs/performance.md, "Two threads"):
# copies of the repository's test-corpus and of ../shared/corpus (text, CSV, mail in every
# format, PST, Office, RTF, zip; Japanese and English), one copy a folder, until the tree holds
# at least MB megabytes. The same inputs make the same tree. Outside the repository: the shared
# corpus must not be copied into the project.
#
#   scripts/mixed-tree.sh OUT [MB]     (MB: 100 by default)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:?usage: mixed-tree.sh OUT [MB]}"
mb="${2:-100}"
sources=("$here/test-corpus")
[ -d "$here/../shared/corpus" ] && sources+=("$here/../shared/corpus")
mkdir -p "$out"
case "$(cd "$out" && pwd)/" in
  "$here"/*) echo "mixed-tree.sh: OUT must be outside the repository" >&2; exit 2 ;;
esac
want=$((mb * 1024 * 1024))
have() { du -sb "$out" | cut -f1; }
i=0
while [ "$(have)" -lt "$want" ]; do
  copy="$out/$(printf 'copy-%03d' "$i")"
  mkdir -p "$copy"
  for s in "${sources[@]}"; do
    cp -R "$s" "$copy/$(basename "$s")"
  done
  i=$((i + 1))
done
chmod -R u+w "$out"
echo "$out: $i copies, $(($(have) / 1048576)) MB, $(find "$out" -type f | wc -l) files"
