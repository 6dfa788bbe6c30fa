#!/usr/bin/env python3
"""Damaged copies of the real documents beside the checkout: none may be misread in silence.

Every UTF-8 document of ../shared/corpus (speeches, policies, govreports, seed; those with
non-ASCII text), its GB18030 version, and passages of the traditional SIGHAN texts in
Big5-HKSCS get two damaged copies: cut inside the last multibyte character (a truncated
download), and with one 0xFF byte inserted in the middle (before a 。 that ends a sentence
inside a paragraph, else at the middle character). The UTF-16LE versions (no BOM) of the
speeches and the seed are cut only (a stray byte shifts all UTF-16 after it). Then
`zhengce extract`:

- strict: every damaged copy is an error line naming its encoding, with the offset of the
  damage, and gives no record;
- --lossy: every damaged copy gives a warning line "replaced 1 invalid ENCODING sequence" with
  that offset, and the records of its intact version (spans after the inserted byte one
  further on), except those of the one damaged sentence and, when cut, those past the cut.

usage: damaged_corpus.py ZHENGCE CORPUS_DIR
Exit 0 when every check passed (prints "N passed, N failed"), 77 when CORPUS_DIR is absent.
"""
import collections, json, os, subprocess, sys, tempfile

zc, corpus = sys.argv[1], sys.argv[2]
if not os.path.isdir(corpus):
    print(f"{corpus}: absent, skipped")
    sys.exit(77)

LABEL = {"utf-8": "UTF-8", "gb18030": "GB18030", "big5hkscs": "Big5-HKSCS",
         "utf-16-le": "UTF-16"}
passed = failed = 0
shown = collections.Counter()


def check(what, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        return
    failed += 1
    shown[what] += 1
    if shown[what] <= 5:
        print(f"FAIL {what}: {detail}")


def texts():
    """(name, text, encodings) of every document to damage."""
    for root in ("speeches", "policies", "govreports", "seed"):
        top = os.path.join(corpus, root)
        for dirpath, _, files in sorted(os.walk(top)):
            for fn in sorted(files):
                raw = open(os.path.join(dirpath, fn), "rb").read()
                try:
                    t = raw.decode("utf-8")
                except UnicodeDecodeError:
                    continue
                if t.isascii():
                    continue
                rel = os.path.relpath(os.path.join(dirpath, fn), corpus)
                encs = ("utf-8", "gb18030")
                if root in ("speeches", "seed"):
                    encs += ("utf-16-le",)
                yield rel.replace("/", "_"), t, encs
    for fn in ("as_test.utf8", "cityu_test.utf8"):
        path = os.path.join(corpus, "sighan", fn)
        if not os.path.exists(path):
            continue
        lines = open(path, encoding="utf-8-sig").read().split("\n")
        for k in range(0, min(len(lines), 2400), 200):
            t = "\n".join(lines[k:k + 200]) + "\n"
            try:
                t.encode("big5hkscs")
            except UnicodeEncodeError:
                continue
            yield f"{fn}_{k}", t, ("big5hkscs",)


def stray_char(t):
    """Char index for the stray byte: before a 。 in the middle half that has text after it
    on its line (a sentence inside a paragraph, not a heading), else the middle char."""
    n = len(t)
    for i in range(n // 2, 3 * n // 4):
        if t[i] == "。" and i + 1 < n and t[i + 1] not in "\n\r":
            return i
    return n // 2


tmp = tempfile.mkdtemp()
docs = []   # (id of intact, id of damaged, kind, encoding, byte offset, char offset)
for name, t, encs in texts():
    for enc in encs:
        b = t.encode(enc)
        base = f"{enc}-{name}"
        intact = os.path.join(tmp, "intact", base)
        os.makedirs(os.path.dirname(intact), exist_ok=True)
        open(intact, "wb").write(b)
        # cut inside the last multibyte char
        j = max(i for i, ch in enumerate(t) if ord(ch) >= 0x80)
        p = len(t[:j].encode(enc))
        width = len(t[j].encode(enc))
        cut = os.path.join(tmp, "cut", base)
        os.makedirs(os.path.dirname(cut), exist_ok=True)
        open(cut, "wb").write(b[:p + width - 1])
        docs.append((intact, cut, "cut", enc, p, j))
        if enc == "utf-16-le":
            continue
        # one stray byte
        k = stray_char(t)
        q = len(t[:k].encode(enc))
        stray = os.path.join(tmp, "stray", base)
        os.makedirs(os.path.dirname(stray), exist_ok=True)
        open(stray, "wb").write(b[:q] + b"\xff" + b[q:])
        docs.append((intact, stray, "stray", enc, q, k))


def extract(paths, *opts):
    """Runs extract over paths: (status, records by doc, error/warning lines by doc)."""
    lst = os.path.join(tmp, "list")
    open(lst, "w").write("".join(p + "\n" for p in paths))
    errs = os.path.join(tmp, "errors")
    r = subprocess.run([zc, "extract", "--files-from", lst, "-j", "2", "--quiet",
                        "--errors", errs, *opts], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    recs = collections.defaultdict(list)
    for line in r.stdout.decode().splitlines():
        rec = json.loads(line)
        if rec["kind"] != "document":   # the records; the metadata line is meta's to test
            recs[rec.pop("doc")].append(rec)
    notes = collections.defaultdict(list)
    if not os.path.exists(errs):
        sys.exit(f"zhengce extract {' '.join(opts)}: status {r.returncode}: "
                 f"{r.stderr.decode()[:300]}")
    for line in open(errs, encoding="utf-8"):
        e = json.loads(line)
        notes[e["doc"]].append(e)
    return r.returncode, recs, notes


def key(rec, shift):
    """A record as a comparable string, its spans moved by `shift` (chars and bytes); the
    section path is left out (a damaged heading changes it for the records under it), and so
    are the spans of its parts and sentence (the trigger's span stands for them)."""
    r = {k: v for k, v in rec.items() if not k.endswith("_span")}
    for kind in ("target", "statistic", "deadline", "enforcement"):
        if isinstance(r.get(kind), dict):
            r[kind] = {k: v for k, v in r[kind].items() if not k.endswith("_span")}
    r.pop("section", None)
    if shift:
        r["span"] = {"char": [c + 1 for c in r["span"]["char"]],
                     "byte": [c + 1 for c in r["span"]["byte"]]}
    return json.dumps(r, ensure_ascii=False, sort_keys=True)


rc, ref, ref_notes = extract(sorted({d[0] for d in docs}))
check("intact run", rc == 0 and not ref_notes, f"status {rc}, {len(ref_notes)} noted")

damaged = [d[1] for d in docs]
rc, recs, notes = extract(damaged)
check("strict run fails", rc == 1, f"status {rc}")
for intact, path, kind, enc, off, _ in docs:
    got = notes.get(path, [])
    ok = (len(got) == 1 and "error" in got[0] and got[0]["offset"] == off
          and LABEL[enc] in got[0]["error"])
    check(f"strict {kind} {enc}: error at the damage", ok, f"{path}: want offset {off}, got {got}")
    check(f"strict {kind} {enc}: no records", path not in recs, f"{path}: {len(recs[path])}")

rc, recs, notes = extract(damaged, "--lossy")
check("lossy run succeeds", rc == 0, f"status {rc}")
total = lost = 0
for intact, path, kind, enc, off, ch in docs:
    got = notes.get(path, [])
    ok = (len(got) == 1 and got[0].get("offset") == off and
          f"replaced 1 invalid {LABEL[enc]}" in got[0].get("warning", ""))
    check(f"lossy {kind} {enc}: warning at the damage", ok, f"{path}: want {off}, got {got}")
    have = collections.Counter(key(r, False) for r in recs.get(path, []))
    missing = []
    for r in ref.get(intact, []):
        if kind == "cut" and r["span"]["byte"][1] > off:
            continue   # past the cut
        total += 1
        k = key(r, kind == "stray" and r["span"]["char"][0] >= ch)
        if have[k] > 0:
            have[k] -= 1
        else:
            missing.append(r)
    lost += len(missing)
    sentences = {r["sentence"] for r in missing}
    check(f"lossy {kind} {enc}: records kept but the damaged sentence's", len(sentences) <= 1,
          f"{path}: {len(missing)} records of {len(sentences)} sentences lost, e.g. "
          f"{[r['text'] for r in missing[:3]]}")

print(f"{len(docs)} damaged documents ({sum(1 for d in docs if d[3] == 'utf-8')} UTF-8); "
      f"lossy: {lost} of {total} records lost (those of the damaged sentences)")
print(f"{passed} passed, {failed} failed")
subprocess.run(["rm", "-rf", tmp])
sys.exit(1 if failed else 0)
