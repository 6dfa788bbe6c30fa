#!/usr/bin/env python3
"""The annotation round trip: `zhengce export` then `zhengce import` gives gold that `zhengce
eval` scores F1 1.000 against the same documents, for every tool format, on the seed, a
UTF-16LE file with a BOM, a CRLF file and a file with a character outside the BMP before its
records; every exported offset slices the exported text to the record's text (UTF-16 offsets
sliced as UTF-16); and bad input is named by file and line.

usage: annotation_roundtrip.py ZHENGCE SOURCE_ROOT
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

ZC = sys.argv[1]
ROOT = sys.argv[2]
FAILS = []


def check(cond, what):
    if not cond:
        FAILS.append(what)
        print("FAIL", what)


def run(*args, ok=(0,)):
    # Bytes decoded by hand: text mode would turn CRLF into LF.
    p = subprocess.run([ZC, *args], capture_output=True)
    p.stdout, p.stderr = p.stdout.decode("utf-8"), p.stderr.decode("utf-8")
    if p.returncode not in ok:
        FAILS.append("zhengce %s: exit %d: %s" % (" ".join(args), p.returncode, p.stderr))
        print("FAIL", FAILS[-1])
    return p


def u16(s, a, b):
    """s[a:b] counted in UTF-16 units, as JavaScript and Java slice."""
    return s.encode("utf-16-le")[2 * a:2 * b].decode("utf-16-le")


BODY = ("各乡镇必须在1月25日前,全面完成一次医学监护工作。\n"
        "对工作不力的乡镇,要严肃问责,并扣发奖金5000元。\n"
        "全县出生人口599人,计划生育率达到95%以上。\n")


def make_docs(d):
    shutil.copy(os.path.join(ROOT, "corpus", "seed.txt"), os.path.join(d, "seed.txt"))
    with open(os.path.join(d, "utf16.txt"), "wb") as f:
        f.write(b"\xff\xfe" + ("吉𠮷居民说明。\n" + BODY).encode("utf-16-le"))
    with open(os.path.join(d, "crlf.txt"), "wb") as f:
        f.write(("县政府通知。\n\n" + BODY).replace("\n", "\r\n").encode("utf-8"))
    with open(os.path.join(d, "astral.txt"), "wb") as f:
        text = "𠮷𠮷姓居民说明。\n" + BODY.replace("全县", "𠮷县")
        f.write(text.encode("utf-8"))
    return ["seed.txt", "utf16.txt", "crlf.txt", "astral.txt"]


def records(path):
    """The records `zhengce extract` gives for a document, in order."""
    out = run("extract", "--quiet", path).stdout
    rows = [json.loads(l) for l in out.splitlines() if l.strip()]
    return [r for r in rows if r["kind"] != "document"]   # records only: what export exports


def decoded(path):
    return run("decode", path).stdout


def check_brat(out, name, recs):
    text = open(os.path.join(out, name + ".txt"), encoding="utf-8", newline="").read()
    check("\r" not in text, "brat %s: the text has LF line ends" % name)
    got = []
    for line in open(os.path.join(out, name + ".ann"), encoding="utf-8"):
        if not line.startswith("T"):
            continue
        _, mid, t = line.rstrip("\n").split("\t")
        kind, offs = mid.split(" ", 1)
        frags = [tuple(map(int, f.split())) for f in offs.split(";")]
        check(" ".join(text[a:b] for a, b in frags) == t,
              "brat %s: offsets %s slice the text to %r" % (name, offs, t))
        got.append((kind, t))
    check(got == [(r["kind"], r["text"]) for r in recs],
          "brat %s: the .ann holds the records' kinds and texts" % name)


def check_doccano(out, name, recs, unit):
    for line in open(os.path.join(out, "doccano.jsonl"), encoding="utf-8"):
        row = json.loads(line)
        if os.path.basename(row["doc"]) != name:
            continue
        t = row["text"]
        sl = (lambda a, b: u16(t, a, b)) if unit == "utf16" else (lambda a, b: t[a:b])
        got = [(k, sl(a, b)) for a, b, k in row["label"]]
        check(got == [(r["kind"], r["text"]) for r in recs],
              "doccano %s (%s): the labels slice the text to the records" % (name, unit))
        return t
    check(False, "doccano: no line of %s" % name)


def check_ls(out, name, recs):
    tasks = json.load(open(os.path.join(out, "tasks.json"), encoding="utf-8"))
    for task in tasks:
        if os.path.basename(task["data"]["doc"]) != name:
            continue
        t = task["data"]["text"]
        got = []
        for it in task["predictions"][0]["result"]:
            v = it["value"]
            if it["type"] == "labels":
                check(u16(t, v["start"], v["end"]) == v["text"],
                      "label-studio %s: UTF-16 offsets slice the text to %r" % (name, v["text"]))
                got.append((v["labels"][0], v["text"]))
        check(got == [(r["kind"], r["text"]) for r in recs],
              "label-studio %s: the predictions are the records" % name)
        return t
    check(False, "label-studio: no task of %s" % name)


def check_webanno(out, name, recs, text):
    spans = {}
    for line in open(os.path.join(out, name + ".tsv"), encoding="utf-8"):
        c = line.rstrip("\n").split("\t")
        if len(c) < 4 or line.startswith("#"):
            continue
        a, b = map(int, c[1].split("-"))
        tok = c[2].replace("\\", "")
        check(u16(text, a, b) == tok, "webanno %s: token %s %r" % (name, c[1], tok))
        for i, v in enumerate(c[3].split("|")):
            if v == "_":
                continue
            key = v if "[" in v else (a, i)
            s, e, k = spans.get(key, (a, b, v.split("[")[0]))
            spans[key] = (min(s, a), max(e, b), k)
    got = sorted((s, k, u16(text, s, e)) for s, e, k in spans.values())
    check([(k, t) for _, k, t in got] == [(r["kind"], r["text"]) for r in recs],
          "webanno %s: the span layer holds the records" % name)


def check_conll(out, name, recs):
    ents, cur = [], None
    for line in open(os.path.join(out, name + ".conll"), encoding="utf-8"):
        if not line.strip():
            cur = None
            continue
        tok, tag = line.rstrip("\n").split("\t")
        if tag.startswith("B-"):
            cur = [tag[2:], tok]
            ents.append(cur)
        elif tag.startswith("I-"):
            check(cur is not None and cur[0] == tag[2:], "conll %s: I- follows B-" % name)
            cur[1] += tok
        else:
            cur = None
    want = [(r["kind"], r["text"].replace(" ", "")) for r in recs]
    check([tuple(e) for e in ents] == want, "conll %s: BIO tags give the records" % name)


def roundtrip(tmp, docs, names, fmt, extra=()):
    out = os.path.join(tmp, "out-" + fmt + "-".join(extra))
    paths = [os.path.join(docs, n) for n in names]
    run("export", "--to", fmt, *extra, "-o", out, *paths)
    recs = {n: records(os.path.join(docs, n)) for n in names}
    for n in names:
        check(recs[n], "%s has records" % n)
        text = decoded(os.path.join(docs, n))
        if fmt == "brat":
            check_brat(out, n, recs[n])
        elif fmt == "doccano":
            t = check_doccano(out, n, recs[n], "utf16" if extra else "codepoint")
            check(t == text, "doccano %s: the text is the decoded text" % n)
        elif fmt == "label-studio":
            t = check_ls(out, n, recs[n])
            check(t == text, "label-studio %s: the text is the decoded text" % n)
        elif fmt == "webanno-tsv":
            check_webanno(out, n, recs[n], text)
        else:
            check_conll(out, n, recs[n])
    if fmt == "conll":
        return
    gold = os.path.join(tmp, "gold-%s.jsonl" % fmt)
    run("import", "--from", fmt, *extra, "-o", gold, out)
    rows = [json.loads(l) for l in open(gold, encoding="utf-8")]
    check(len(rows) == sum(len(r) for r in recs.values()),
          "%s: one gold row per record (%d)" % (fmt, len(rows)))
    check(all(r["doc"] in names for r in rows), "%s: gold doc is the file name" % fmt)
    ev = run("eval", "--gold", gold, docs).stdout
    overall = [l for l in ev.splitlines() if l.startswith("overall")]
    check(overall and overall[0].split()[-1] == "1.000",
          "%s %s: eval F1 1.000 (%s)" % (fmt, " ".join(extra), overall))
    if fmt in ("brat", "label-studio", "webanno-tsv"):
        enf = [r for r in rows if r["kind"] == "enforcement"]
        check(enf and all(r.get("enforcement", {}).get("category") for r in enf),
              "%s: enforcement categories come back from attributes" % fmt)
        dl = [r for r in rows if r["kind"] == "deadline" and r["doc"] == "crlf.txt"]
        check(dl and dl[0]["deadline"].get("date") == "XXXX-01-25",
              "%s: deadline dates come back from the notes" % fmt)
        check(dl and dl[0].get("actor") == "各乡镇", "%s: actors come back from the notes" % fmt)


def errors(tmp, docs):
    out = os.path.join(tmp, "bad")
    run("export", "--to", "brat", "-o", out, os.path.join(docs, "crlf.txt"))
    ann = os.path.join(out, "crlf.txt.ann")
    lines = open(ann, encoding="utf-8").read().splitlines()
    lines.insert(1, "T99\tdeadline 3 x\t1月")
    open(ann, "w", encoding="utf-8").write("\n".join(lines) + "\n")
    p = run("import", "--from", "brat", "-o", os.path.join(tmp, "g.jsonl"), out, ok=(1,))
    check("crlf.txt.ann:2:" in p.stderr, "a bad .ann line is named file:line: %r" % p.stderr)
    lines[1] = "T99\tnotakind 0 1\t县"
    open(ann, "w", encoding="utf-8").write("\n".join(lines) + "\n")
    p = run("import", "--from", "brat", "-o", "-", out, ok=(1,))
    check("crlf.txt.ann:2: unknown type 'notakind'" in p.stderr, "an unknown type: %r" % p.stderr)
    lines[1] = "T99\tdeadline 0 1\t政"
    open(ann, "w", encoding="utf-8").write("\n".join(lines) + "\n")
    p = run("import", "--from", "brat", "-o", "-", out, ok=(1,))
    check("crlf.txt.ann:2: its text is not the text" in p.stderr, "a wrong text: %r" % p.stderr)
    bad = os.path.join(tmp, "bad.jsonl")
    open(bad, "w").write('{"text":"ab","label":[[0,1,"deadline"]],"doc":"a.txt"}\n{"text":\n')
    p = run("import", "--from", "doccano", "-o", "-", bad, ok=(1,))
    check("bad.jsonl:2:" in p.stderr and '"doc":"a.txt"' in p.stdout,
          "doccano: the bad line named, the good one imported: %r" % p.stderr)
    run("import", "--from", "conll", "-o", "-", out, ok=(2,))
    run("import", "--from", "xml", "-o", "-", out, ok=(2,))
    run("export", "--to", "xml", "-o", out, os.path.join(docs, "crlf.txt"), ok=(2,))
    run("export", "--to", "brat", "--doc-date", "2010-1-1", "-o", out, docs, ok=(2,))
    # Extraction options are those of extract: the year of --doc-date reaches the notes.
    p = run("export", "--to", "brat", "--doc-date", "2010-01-01", "-o", "-",
            os.path.join(docs, "crlf.txt"))
    check('deadline.date="2010-01-25"' in p.stdout, "export --doc-date: %r" % p.stdout[-300:])
    run("export", "--to", "brat", "--offsets", "bytes", "-o", out, docs, ok=(2,))
    # An output folder whose path leaves no room for a file's name: refused by name, no
    # file written under a truncated path.
    deep = os.path.join(tmp, "deep")
    while len(deep) < 4080:
        deep = os.path.join(deep, "d" * 200)
    deep = deep[:4085]
    os.makedirs(deep)
    p = run("export", "--to", "brat", "-o", deep, os.path.join(docs, "crlf.txt"), ok=(1,))
    check("annotation.conf: its path in the output folder is too long" in p.stderr and
          not os.listdir(deep), "a path too long: %r" % p.stderr[-200:])


def corrections(tmp, docs):
    """What a scholar changes in the tool is what the gold says: a record deleted, a
    category changed, a record added (brat; Label Studio through an annotation, which wins
    over the prediction, while a cancelled one is ignored)."""
    doc = os.path.join(docs, "crlf.txt")
    out = os.path.join(tmp, "fix-brat")
    run("export", "--to", "brat", "-o", out, doc)
    ann = os.path.join(out, "crlf.txt.ann")
    lines = open(ann, encoding="utf-8").read().splitlines()
    gone = [l.split("\t")[0] for l in lines if l.endswith("\t问责")][0]
    keep = [l for l in lines if l.split("\t")[0] != gone and " %s" % gone not in l
            and not l.endswith(" %s" % gone)]
    keep = [l.replace(" financial", " accountability")
            for l in keep]
    keep.append("T90\ttarget 0 3\t县政府")
    # A note edited by hand: a date typed without quotes, and a comment.
    dl = [l.split("\t")[0] for l in keep if l.startswith("T") and "\tdeadline " in l][0]
    keep = [l for l in keep if not l.startswith("#") or not l.split("\t")[1].endswith(" " + dl)]
    keep.append("#80\tAnnotatorNotes %s\tdeadline.date=2010; 请核对" % dl)
    open(ann, "w", encoding="utf-8").write("\n".join(keep) + "\n")
    gold = os.path.join(tmp, "fix.jsonl")
    run("import", "--from", "brat", "-o", gold, out)
    rows = [json.loads(l) for l in open(gold, encoding="utf-8")]
    texts = [r["text"] for r in rows]
    check("问责" not in texts and "县政府" in texts,
          "brat: a deleted and an added record: %s" % texts)
    kf = [r for r in rows if r["text"] == "扣发"]
    check(kf and kf[0]["enforcement"]["category"] == "accountability",
          "brat: a changed category comes back: %s" % kf)
    dr = [r for r in rows if r["kind"] == "deadline"]
    check(dr and dr[0]["deadline"].get("date") == "2010" and dr[0].get("note") == "请核对",
          "brat: a hand-typed date stays a string, a comment becomes the note: %s" % dr)
    check(rows[0]["text"] == "县政府" and rows[0]["kind"] == "target" and
          rows[0]["occurrence"] == 1, "brat: the added record is first, occurrence 1")
    ev = run("eval", "--gold", gold, docs).stdout
    overall = [l.split() for l in ev.splitlines() if l.startswith("overall")][0]
    n = len(records(doc))
    check(overall[1:4] == [str(n), str(n), str(n - 1)],
          "eval of the corrected gold: %d gold, %d predicted, %d matched: %s" % (n, n, n - 1,
                                                                                 overall))

    out = os.path.join(tmp, "fix-ls")
    run("export", "--to", "label-studio", "-o", out, doc)
    tasks = json.load(open(os.path.join(out, "tasks.json"), encoding="utf-8"))
    pred = tasks[0]["predictions"][0]["result"]
    drop = [it["id"] for it in pred if it["type"] == "labels" and it["value"]["text"] == "问责"]
    fixed = [it for it in pred if it["id"] not in drop]
    fixed.append({"id": "new1", "from_name": "label", "to_name": "text", "type": "labels",
                  "value": {"start": 0, "end": 3, "text": "县政府", "labels": ["target"]}})
    cancelled = {"result": [], "was_cancelled": True}
    tasks[0]["annotations"] = [{"result": fixed, "was_cancelled": False}, cancelled]
    json.dump(tasks, open(os.path.join(out, "tasks.json"), "w", encoding="utf-8"),
              ensure_ascii=False)
    p = run("import", "--from", "label-studio", "-o", "-", out)
    texts = [json.loads(l)["text"] for l in p.stdout.splitlines()]
    check("问责" not in texts and texts[0] == "县政府" and len(texts) == n,
          "label-studio: the annotation wins over the prediction: %s" % texts)


def fragments(tmp):
    """A span across line breaks is written as brat writes it, fragments joined by spaces
    (the CR of a CRLF dropped), and read back the same way."""
    d = os.path.join(tmp, "nl")
    os.mkdir(d)
    doc = os.path.join(d, "nl.txt")
    open(doc, "wb").write(b"ab\r\ncd\r\n\r\nef\r\n")
    rows = [{"doc": doc, "kind": "target", "text": "b\r\nc", "span": {"char": [1, 5]}},
            {"doc": doc, "kind": "deadline", "text": "d\r\n\r\ne", "span": {"char": [5, 11]}}]
    runf = os.path.join(tmp, "nl.jsonl")
    open(runf, "w").write("".join(json.dumps(r) + "\n" for r in rows))
    out = os.path.join(tmp, "nl-brat")
    run("export", "--to", "brat", "-o", out, "--records", runf)
    ann = open(os.path.join(out, "nl.txt.ann"), encoding="utf-8").read()
    check(ann == "T1\ttarget 1 2;3 4\tb c\nT2\tdeadline 4 5;7 8\td e\n",
          "brat: fragments across line breaks: %r" % ann)
    p = run("import", "--from", "brat", "-o", "-", out)
    got = [json.loads(l)["text"] for l in p.stdout.splitlines()]
    check(got == ["b\nc", "d\n\ne"], "brat: fragments read back: %r" % got)


def records_run(tmp, docs, names):
    """export --records of a saved run equals export of the documents."""
    paths = [os.path.join(docs, n) for n in names]
    runf = os.path.join(tmp, "run.jsonl")
    run("extract", "--quiet", "-o", runf, *paths)
    a, b = os.path.join(tmp, "ls-a"), os.path.join(tmp, "ls-b")
    run("export", "--to", "label-studio", "-o", a, *paths)
    run("export", "--to", "label-studio", "-o", b, "--records", runf)
    check(open(os.path.join(a, "tasks.json"), "rb").read() ==
          open(os.path.join(b, "tasks.json"), "rb").read(),
          "export --records gives the tasks export of the documents gives")
    # A run whose lines are out of order (edited by hand) gives the same words and tags.
    rev = os.path.join(tmp, "rev.jsonl")
    open(rev, "w", encoding="utf-8").writelines(reversed(open(runf, encoding="utf-8").readlines()))
    for fmt, ext in (("webanno-tsv", ".tsv"), ("conll", ".conll")):
        c, d = os.path.join(tmp, "w-" + fmt), os.path.join(tmp, "r-" + fmt)
        run("export", "--to", fmt, "-o", c, "--records", runf)
        run("export", "--to", fmt, "-o", d, "--records", rev)
        for n in names:
            check(open(os.path.join(c, n + ext), "rb").read() ==
                  open(os.path.join(d, n + ext), "rb").read(),
                  "%s: a run out of order gives the same %s%s" % (fmt, n, ext))
    # A document that changed since the run is refused, not exported with wrong offsets.
    data = open(paths[2], "rb").read()
    open(paths[2], "wb").write(b"X" + data)
    p = run("export", "--to", "doccano", "-o", os.path.join(tmp, "c"), "--records", runf, ok=(1,))
    check("did the document change" in p.stderr, "a changed document is refused: %r" % p.stderr)
    open(paths[2], "wb").write(data)


def main():
    tmp = tempfile.mkdtemp(prefix="zc-annot-")
    try:
        docs = os.path.join(tmp, "docs")
        os.mkdir(docs)
        names = make_docs(docs)
        for fmt in ("brat", "doccano", "label-studio", "webanno-tsv", "conll"):
            roundtrip(tmp, docs, names, fmt)
        roundtrip(tmp, docs, names, "doccano", ("--offsets", "utf16"))
        errors(tmp, docs)
        corrections(tmp, docs)
        fragments(tmp)
        records_run(tmp, docs, names)
    finally:
        shutil.rmtree(tmp)
    if FAILS:
        print("%d checks failed" % len(FAILS))
        return 1
    print("annotation round trip: all checks pass")
    return 0


if __name__ == "__main__":
    sys.exit(main())
