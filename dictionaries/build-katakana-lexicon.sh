#!/usr/bin/env bash
# Derives the katakana word lexicon, dictionaries/src/main/resources/dev/shirabe/dictionaries/
# names/unidic-katakana.tsv.gz, from UniDic as Debian's package unidic-mecab 3.1.1-1 ships it
# (its lexicon source lex_3_1.csv; see names/README.md and names/unidic.NOTICE). Run by hand;
# the only step that downloads (about 1 GB, with apt-get download; no root needed).
# Deterministic: the pinned lexicon (checked by its SHA-256) gives the same bytes every run.
#
#   dictionaries/build-katakana-lexicon.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/dictionaries/src/main/resources/dev/shirabe/dictionaries/names/unidic-katakana.tsv.gz"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
lexicon=usr/share/mecab/dic/unidic/lex_3_1.csv
(cd "$work" && apt-get download -q unidic-mecab=3.1.1-1 >/dev/null 2>&1 \
  && dpkg-deb --fsys-tarfile unidic-mecab_3.1.1-1_all.deb | tar -x "./$lexicon" \
  && rm unidic-mecab_3.1.1-1_all.deb)
echo "887bc6dc865d7b839193d03bda50c50f1a36926cb84b567c39ac758da0b8d87d  $work/$lexicon" \
  | sha256sum --check --quiet
python3 - "$work/$lexicon" "$out" <<'PY'
import csv, gzip, re, sys

source, target = sys.argv[1], sys.argv[2]
# UniDic's lexicon lines: surface, three connection ids, then the part of speech in four fields
# (名詞,固有名詞,人名,一般) and the rest. Kept: words written in katakana alone (with ー), two
# chars or more, and what UniDic says each is, as one or more of these classes.
KATAKANA = re.compile(r"^[\u30a1-\u30fa\u30fc]{2,}$")

def kind(pos):
    if pos[0] == "名詞" and pos[1] == "固有名詞":
        if pos[2] == "人名":
            return {"一般": "person", "姓": "surname", "名": "given"}[pos[3]]
        if pos[2] == "地名":
            return "place"
        return "proper"  # organisations, products, works, events: 固有名詞,一般
    return "word"  # loanwords and every other part of speech

kinds = {}
with open(source, encoding="utf-8", newline="") as lines:
    for fields in csv.reader(lines):
        if KATAKANA.match(fields[0]):
            kinds.setdefault(fields[0], set()).add(kind(fields[4:8]))

# Sorted by code point (the order of UTF-8 bytes); the kinds of a word in a fixed order.
ORDER = ["person", "surname", "given", "place", "proper", "word"]
text = "".join(f"{word}\t{','.join(k for k in ORDER if k in kinds[word])}\n"
               for word in sorted(kinds)).encode("utf-8")
with open(target, "wb") as out:
    # mtime 0 and no file name in the header: the same rows give the same bytes.
    with gzip.GzipFile(filename="", mode="wb", fileobj=out, compresslevel=9, mtime=0) as z:
        z.write(text)
counts = {k: sum(1 for w in kinds if k in kinds[w]) for k in ORDER}
print(f"{len(kinds)} words {counts}, {len(text)} bytes uncompressed -> {target}")
PY
