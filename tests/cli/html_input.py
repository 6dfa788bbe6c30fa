"""HTML pages as input (tests/data/html): every X.html beside an X.txt of the same content
(policy.html: navigation, script, style, a table, entities; gb2312.html: a GB18030 page that
says gb2312 in its <meta>; broken.html: unclosed and misnested tags, an unknown entity, a bare
"<", a comment; notice.html: a notice whose title, number, addressees, signature and 抄送 hold
markup and character references).

usage: html_input.py ZHENGCE DATADIR...   (every X.html with its X.txt in each DATADIR; the
notice of tests/data/formats too: a page with navigation, a script, a table and entities)

Checks, for each page, as written and also with CRLF line ends and with one long paragraph
added (a text node longer than the parser's buffer):
- `zhengce decode` gives the text of X.txt (no script, style, head, navigation; blocks as
  lines, cells as tabs), and `zhengce extract` the same records (kind and text) as X.txt;
- every span of every record (span, sentence_span, the payload's *_span) slices the page's
  bytes to markup whose text (tags removed, entities decoded, by Python's html.parser) is the
  record's text, and its char span slices the decoded text to it (whitespace aside: a
  sentence drops the line breaks it spans);
- `zhengce meta` gives the same metadata (every field's text and value) as for X.txt, the
  document line of `extract` is that line, and every field's byte span slices the page to
  markup that renders as the field's text, its char span the decoded text to it;
- `normalize --offsets`: every char's byte span slices the page to markup whose text is that
  char (empty for the line breaks and tabs that stand for tags);
- `--input-format text` reads the page as text: decode gives the file's own text;
- a forced `--input-format` is in the journal: `--resume` without it is refused;
- `--input-format` with another value is a usage error (exit 2).
Prints "N passed, N failed"; exit 1 on any failure.
"""
import html.parser
import json
import os
import subprocess
import sys
import tempfile

zc, datadirs = sys.argv[1], sys.argv[2:]
passed = failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL", what)


class Text(html.parser.HTMLParser):
    """Text of markup; a block or a table cell is set apart by a space."""
    apart = {"p", "div", "li", "tr", "td", "th", "br", "table", "h1", "h2", "h3"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)

    def handle_starttag(self, tag, attrs):
        if tag in self.apart:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        self.handle_starttag(tag, [])


def rendered(markup):
    """The text of a slice of markup, whitespace runs as the renderer shows them: one space
    (line breaks inside a sentence come from the layout of the page, not from its text)."""
    p = Text()
    p.feed(markup)
    p.close()
    return " ".join("".join(p.parts).split())


def bare(text):
    """Without whitespace: a record's sentence drops the line breaks it spans."""
    return "".join(text.split())


def run(*args):
    r = subprocess.run([zc, *args], capture_output=True)
    return r.returncode, r.stdout, r.stderr


def records(path, *opts):
    rc, out, err = run("extract", "--quiet", *opts, path)
    check(rc == 0, "%s: extract exit %d: %s" % (path, rc, err.decode(errors="replace")))
    rows = [json.loads(line) for line in out.decode().splitlines()]
    return [r for r in rows if r["kind"] != "document"]   # the metadata: meta_of below


def spans(rec):
    """(text, span) pairs of a record: its own, its sentence's, its payload's."""
    yield rec["text"], rec["span"]
    yield rec["sentence"], rec["sentence_span"]
    for key, val in rec.items():
        if isinstance(val, dict) and key not in ("span", "sentence_span"):
            for k, v in val.items():
                if k.endswith("_span") and v and val.get(k[:-5]):
                    yield val[k[:-5]], v


def meta_of(path):
    rc, out, err = run("meta", path)
    check(rc == 0, "%s: meta exit %d: %s" % (path, rc, err.decode(errors="replace")))
    return json.loads(out.decode())


def meta_fields(m):
    """(field, text, span) of every stated field of a metadata line, lists item by item."""
    for key, val in m.items():
        for item in (val if isinstance(val, list) else [val]):
            if isinstance(item, dict):
                yield key, item.get("text", item.get("raw")), item


def meta_values(m):
    """A metadata line without its spans and doc: what the document states."""
    return [(k, t, item.get("value"), item.get("genre")) for k, t, item in meta_fields(m)]


def check_meta(page, plain, raw, dec, codec, label):
    hm, tm = meta_of(page), meta_of(plain)
    check(meta_values(hm) == meta_values(tm), "%s: metadata differs from the plain text's:\n%s\n%s"
          % (label, meta_values(hm), meta_values(tm)))
    rc, out, _ = run("extract", "--quiet", page)
    first = json.loads(out.decode().splitlines()[0]) if rc == 0 and out else None
    check(first == hm, "%s: extract's document line is not meta's" % label)
    for key, text, sp in meta_fields(hm):
        b0, b1 = sp["byte"]
        c0, c1 = sp["char"]
        got = rendered(raw[b0:b1].decode(codec))
        check(bare(got) == bare(text), "%s: %s bytes %d-%d render %r, not %r"
              % (label, key, b0, b1, got, text))
        check(bare(dec[c0:c1]) == bare(text), "%s: %s chars %d-%d are %r, not %r"
              % (label, key, c0, c1, dec[c0:c1], text))
    return len(list(meta_fields(hm)))


def check_page(page, plain, codec, label):
    raw = open(page, "rb").read()
    rc, dec, err = run("decode", page)
    check(rc == 0, "%s: decode exit %d %s" % (label, rc, err))
    dec = dec.decode()
    check(dec == open(plain, encoding="utf-8").read(),
          "%s: decoded text is not that of %s:\n%s" % (label, plain, dec))
    hrec = records(page)
    trec = records(plain)
    check(len(hrec) > 0, "%s: no records" % label)
    check([(r["kind"], r["text"]) for r in hrec] == [(r["kind"], r["text"]) for r in trec],
          "%s: records differ from the plain text's" % label)
    for r in hrec:
        for text, sp in spans(r):
            b0, b1 = sp["byte"]
            c0, c1 = sp["char"]
            got = rendered(raw[b0:b1].decode(codec))
            check(bare(got) == bare(text), "%s: bytes %d-%d render %r, not %r" % (label, b0, b1, got,
                                                                            text))
            check(bare(dec[c0:c1]) == bare(text), "%s: chars %d-%d are %r, not %r"
                  % (label, c0, c1, dec[c0:c1], text))
    nfields = check_meta(page, plain, raw, dec, codec, label)
    # the metadata fixture (data/html/notice.txt): title, issuer, number, date, type, 2+2 lists
    if plain.endswith(os.path.join("html", "notice.txt")):
        check(nfields >= 9, "%s: %d metadata fields stated" % (label, nfields))
    rc, offs, _ = run("normalize", "--offsets", page)
    check(rc == 0, "%s: normalize --offsets exit %d" % (label, rc))
    bad = 0
    for line in offs.decode().splitlines():
        f = line.split("\t")
        ch = dec[int(f[3]):int(f[4])]
        src = raw[int(f[5]):int(f[6])].decode(codec)
        want = "" if ch in "\n\t" else ch.strip()
        bad += rendered(src) != want
        if bad == 1 and rendered(src) != want:
            print("  first bad char %r: bytes %s-%s are %r" % (ch, f[5], f[6], src))
            bad += 1
    check(bad == 0, "%s: %d chars whose bytes render otherwise" % (label, bad))
    # As text, the page is read as it is: its markup and all.
    rc, astext, _ = run("decode", "--input-format", "text", page)
    check(rc == 0 and astext.decode() == raw.decode(codec),
          "%s: --input-format text does not read the page as text" % label)


def variants(page, plain, tmp):
    """The page as written, with CRLF line ends, and with a long paragraph added."""
    yield page, plain, os.path.basename(page)
    raw, text = open(page, "rb").read(), open(plain, "rb").read()
    crlf = os.path.join(tmp, "crlf.html")
    open(crlf, "wb").write(raw.replace(b"\n", b"\r\n"))
    yield crlf, plain, os.path.basename(page) + " (CRLF)"
    # 250 sentences of 21 chars: far past the parser's 1000-byte text buffer.
    para = "要加快推进建设，确保完成目标任务。" * 150
    codec = "gb18030" if b"gb2312" in raw else "utf-8"
    long_page = os.path.join(tmp, "long.html")
    long_text = os.path.join(tmp, "long.txt")
    at = raw.rfind("</body>".encode(codec))
    at = at if at >= 0 else len(raw)
    open(long_page, "wb").write(raw[:at] + ("<p>%s</p>\n" % para).encode(codec) + raw[at:])
    open(long_text, "wb").write(text + (para + "\n").encode())
    yield long_page, long_text, os.path.basename(page) + " (long paragraph)"


pages = sorted(os.path.join(d, f) for d in datadirs for f in os.listdir(d)
               if f.endswith(".html"))
check(len(pages) >= 2, "fixtures missing in %s" % datadirs)
with tempfile.TemporaryDirectory() as tmp:
    for page in pages:
        plain = page[:-5] + ".txt"
        codec = "gb18030" if b"gb2312" in open(page, "rb").read(1024) else "utf-8"
        for p, t, label in variants(page, plain, tmp):
            check_page(p, t, codec, label)
    # The journal records a forced --input-format: resuming without it is refused.
    out = os.path.join(tmp, "out.jsonl")
    page = pages[0]
    rc, _, _ = run("extract", "--quiet", "--input-format", "text", "-o", out, page)
    check(rc == 0, "extract --input-format text -o: exit %d" % rc)
    rc, _, err = run("extract", "--quiet", "--resume", "-o", out, page)
    check(rc == 2 and b"--input-format differs" in err, "resume without --input-format: exit %d"
          ", %s" % (rc, err))
    rc, _, err = run("extract", "--quiet", "--resume", "--input-format", "text", "-o", out, page)
    check(rc == 0, "resume with --input-format text: exit %d, %s" % (rc, err))
rc, _, err = run("decode", "--input-format", "xml", pages[0])
check(rc == 2 and b"--input-format" in err, "--input-format xml: exit %d, %s" % (rc, err))
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
