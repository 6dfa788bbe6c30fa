"""One document in every input format (tests/data/formats: notice.txt, notice.html,
notice.docx written by make_docx.py, notice.pdf printed by make_pdf.py), and hostile DOCX and
PDF files made here.

usage: formats_input.py ZHENGCE DATADIR

Checks:
- `zhengce meta` of the notice in each format finds its title (DOCX and PDF: "offsets"
  too);
- the checked-in notice.docx holds what make_docx.py writes; `zhengce decode` of it is the
  text of notice.txt, found by content and with --input-format docx;
- text, HTML and DOCX give the same records (kind and text), PDF the same records each with
  its page: 1 for sections 一 and 二, 2 for 三 and 四 (the PDF breaks the page there); the
  cells of the PDF's table are apart;
- DOCX and PDF records say "offsets":"extracted-text" and every span of them (span,
  sentence_span, the payload's *_span) slices the extracted text (`zhengce decode`) to the
  record's text, by chars and by UTF-8 bytes; text and HTML records carry neither field;
- CSV gives the page and offsets columns;
- hostile files fail with exit status 1, a message naming the file, no record, in bounded
  time: a zip bomb (bounded by --max-bytes), a DOCX cut short, one whose XML is broken, one
  with entity declarations (never expanded), an archive that is no DOCX, an encrypted PDF, a damaged PDF, a PDF with no text (scanned pages), a PDF forced on
  a text file, and any binary file as before; a DOCX nested 100,000 deep is read, and so is
  a PDF in a Chinese font that is not embedded.
Prints "N passed, N failed"; exit 1 on any failure.
"""
import csv
import hashlib
import io
import json
import os
import struct
import subprocess
import sys
import tempfile
import zipfile

zc, datadir = sys.argv[1], sys.argv[2]
passed = failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL", what)


def run(*args):
    try:
        r = subprocess.run([zc, *args], capture_output=True, timeout=120)
    except subprocess.TimeoutExpired:
        return -1, b"", b"timed out"
    return r.returncode, r.stdout, r.stderr


def records(path, *opts):
    rc, out, err = run("extract", "--quiet", *opts, path)
    check(rc == 0, "%s: extract exit %d: %s" % (path, rc, err.decode(errors="replace")))
    rows = [json.loads(line) for line in out.decode().splitlines()]
    return [r for r in rows if r.get("kind") != "document"]   # the records (meta: meta tests)


def spans(rec):
    """(text, span) pairs of a record: its own, its sentence's, its payload's."""
    yield rec["text"], rec["span"]
    yield rec["sentence"], rec["sentence_span"]
    for key, val in rec.items():
        if isinstance(val, dict) and key not in ("span", "sentence_span"):
            for k, v in val.items():
                if k.endswith("_span") and v and val.get(k[:-5]):
                    yield val[k[:-5]], v


def bare(text):
    """Without whitespace: a record's sentence drops the line breaks it spans."""
    return "".join(text.split())


def path(name):
    return os.path.join(datadir, name)


def zip_entries(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n) for n in z.namelist()}


# --- the notice in four formats ------------------------------------------------------------
plain = open(path("notice.txt"), encoding="utf-8").read()
with tempfile.TemporaryDirectory() as tmp:
    made = os.path.join(tmp, "made.docx")
    subprocess.run([sys.executable, path("make_docx.py"), made], check=True)
    check(zip_entries(open(made, "rb").read()) == zip_entries(open(path("notice.docx"),
                                                                    "rb").read()),
          "notice.docx is not what make_docx.py writes (run it and check the file in)")

for opts in ([], ["--input-format", "docx"]):
    rc, dec, err = run("decode", *opts, path("notice.docx"))
    check(rc == 0 and dec.decode() == plain, "decode %s notice.docx: exit %d, %r %s"
          % (" ".join(opts), rc, dec.decode(errors="replace"), err))

want = [(r["kind"], r["text"]) for r in records(path("notice.txt"))]
check(len(want) >= 8 and {k for k, _ in want} == {"target", "deadline", "enforcement",
                                                  "statistic"},
      "notice.txt: records of every kind expected, got %r" % want)
for name in ("notice.html", "notice.docx", "notice.pdf"):
    recs = records(path(name))
    check([(r["kind"], r["text"]) for r in recs] == want,
          "%s: records differ from the text's: %r" % (name, [(r["kind"], r["text"])
                                                             for r in recs]))
    container = not name.endswith(".html")
    check(all(("offsets" in r) == container for r in recs),
          "%s: offsets field %s" % (name, "missing" if container else "present"))
    check(all(("page" in r) == name.endswith(".pdf") for r in recs),
          "%s: page only for PDF records" % name)
    if not container:
        continue
    rc, dec, _ = run("decode", path(name))
    dec = dec.decode()
    raw = dec.encode()
    for r in recs:
        check(r["offsets"] == "extracted-text", "%s: offsets %r" % (name, r["offsets"]))
        for text, sp in spans(r):
            c0, c1 = sp["char"]
            b0, b1 = sp["byte"]
            check(bare(dec[c0:c1]) == bare(text), "%s: chars %d-%d are %r, not %r"
                  % (name, c0, c1, dec[c0:c1], text))
            check(bare(raw[b0:b1].decode()) == bare(text), "%s: bytes %d-%d are %r, not %r"
                  % (name, b0, b1, raw[b0:b1].decode(errors="replace"), text))
    if name.endswith(".pdf"):
        # Table cells: poppler runs them together, the gap between them gives a space.
        check("回收利用率 35% 40%\n" in dec, "notice.pdf: table cells run together: %r" % dec)
        page2 = dec.index("三、主要指标")
        for r in recs:
            check(r["page"] == (2 if r["span"]["char"][0] >= page2 else 1),
                  "notice.pdf: %s %r on page %s" % (r["kind"], r["text"], r["page"]))
        check({r["page"] for r in recs} == {1, 2}, "notice.pdf: records on both pages")
        rc, out, _ = run("extract", "--quiet", "--format", "csv", path(name))
        rows = list(csv.DictReader(io.StringIO(out.decode(), newline="")))
        check(rc == 0 and [int(row["page"]) for row in rows] == [r["page"] for r in recs] and
              all(row["offsets"] == "extracted-text" for row in rows),
              "notice.pdf: CSV page and offsets columns")
for name in ("notice.docx", "notice.pdf", "notice.txt"):
    rc, out, _ = run("meta", path(name))
    m = json.loads(out) if rc == 0 else {}
    check(m.get("title", {}).get("text") == "关于加强城市生活垃圾分类管理的通知" and
          m.get("offsets") == (None if name.endswith(".txt") else "extracted-text"),
          "meta %s: %r" % (name, m))
rc, out, _ = run("extract", "--quiet", "--format", "csv", path("notice.txt"))
rows = list(csv.DictReader(io.StringIO(out.decode(), newline="")))
check(rc == 0 and rows and all(row["page"] == "" and row["offsets"] == "" for row in rows),
      "notice.txt: CSV page and offsets columns are empty")


# --- hostile files -------------------------------------------------------------------------
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TYPES = b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'


def docx(document, name="word/document.xml"):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", TYPES)
        z.writestr(name, document)
    return buf.getvalue()


def pdf(objects, trailer=b""):
    """A PDF of the given object bodies (object i+1 is objects[i]; 1 is the catalog), with a
    correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, body in enumerate(objects):
        offs.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (i + 1, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, trailer, xref)
    return bytes(out)


def stream(data):
    return b"<< /Length %d >>\nstream\n%s\nendstream" % (len(data), data)


def rc4(key, data):
    s, j = list(range(256)), 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out, i, j = bytearray(), 0, 0
    for c in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(c ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def encrypted_pdf():
    """A page behind the standard security handler (revision 2, RC4 40-bit) with a user
    password: without it nothing can be read."""
    pad = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")
    padded = lambda pw: (pw + pad)[:32]
    fid, perms = b"0123456789abcdef", -4
    owner = rc4(hashlib.md5(padded(b"owner")).digest()[:5], padded(b"secret"))
    key = hashlib.md5(padded(b"secret") + owner + struct.pack("<i", perms) + fid).digest()[:5]
    user = rc4(key, pad)
    enc = b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>" % (
        owner.hex().encode(), user.hex().encode(), perms)
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>", enc],
               b"/Encrypt 4 0 R /ID [<%s> <%s>] " % (fid.hex().encode(), fid.hex().encode()))


def cjk_pdf():
    """A page in a Chinese font that is not embedded (STSong-Light, UniGB-UCS2-H), as many
    official PDFs are: its text is read through poppler-data's CMaps."""
    text = "到2027年底完成任务。".encode("utf-16-be").hex().encode()
    content = b"BT /F1 12 Tf 20 100 Td <%s> Tj ET" % text
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R "
                b"/Resources << /Font << /F1 5 0 R >> >> >>", stream(content),
                b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding "
                b"/UniGB-UCS2-H /DescendantFonts [6 0 R] >>",
                b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo "
                b"<< /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R >>",
                b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox "
                b"[0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 "
                b"/StemV 93 >>"])


def plain_zip():
    """An archive that names no DOCX part: binary, as before."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.txt", "x" * 100)
    return buf.getvalue()


scanned_pdf = pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                   b"<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>",
                   b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
                   stream(b"0 0 1 rg 10 10 180 180 re f"),
                   b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"])
page = '<w:p><w:r><w:t>到2027年底完成。</w:t></w:r></w:p>'
bomb = docx('<w:document xmlns:w="%s"><w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body>'
            '</w:document>' % (W, " " * (64 << 20)))
laughs = docx('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "到2027年底完成。">'
              '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;'
              '&b;&b;"><!ENTITY e "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><w:document xmlns:w="%s">'
              '<w:body><w:p><w:r><w:t>&e;&e;&e;&e;</w:t></w:r></w:p></w:body></w:document>' % W)
deep = docx('<w:document xmlns:w="%s"><w:body>%s%s%s</w:body></w:document>'
            % (W, "<w:sdt>" * 100000, page, "</w:sdt>" * 100000))
good = docx('<w:document xmlns:w="%s"><w:body>%s</w:body></w:document>' % (W, page))
hostile = [
    # name, bytes, extra options, what the message must say
    ("bomb.docx", bomb, ["--max-bytes", "1000000"], "size limit"),
    ("cut.docx", good[:len(good) // 2], [], "not a DOCX document (no readable ZIP"),
    ("broken.docx", docx('<w:document xmlns:w="%s"><w:body><w:p><w:r><w:t>到2027年底'
                         '</w:p></w:body>' % W), [], "not well-formed"),
    ("xlsx.docx", docx("<workbook/>", "xl/workbook.xml"), [], "without word/document.xml"),
    ("zip.dat", plain_zip(), [], "not a text file"),
    ("encrypted.pdf", encrypted_pdf(), [], "encrypted"),
    ("damaged.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 8, [], "damaged PDF"),
    ("scanned.pdf", scanned_pdf, [], "PDF without text"),
    ("text.pdf", plain.encode(), ["--input-format", "pdf"], "damaged PDF"),
    ("text.docx", plain.encode(), ["--input-format", "docx"], "not a DOCX"),
    ("binary.dat", bytes(range(256)) * 4, [], "not a text file"),
]
with tempfile.TemporaryDirectory() as tmp:
    for name, data, opts, says in hostile:
        f = os.path.join(tmp, name)
        open(f, "wb").write(data)
        rc, out, err = run("extract", "--quiet", *opts, f)
        err = err.decode(errors="replace")
        check(rc == 1 and out == b"" and f in err and says in err,
              "%s: exit %d, %d bytes of records, message %r (want one naming the file, "
              "saying %r)" % (name, rc, len(out), err, says))
    # Entities are never expanded: the text holds no copy of the declared one.
    f = os.path.join(tmp, "laughs.docx")
    open(f, "wb").write(laughs)
    rc, out, err = run("decode", f)
    check(rc == 1 or "到2027年底" not in out.decode(errors="replace"),
          "laughs.docx: entities expanded (exit %d, %d bytes)" % (rc, len(out)))
    # A font that is not embedded.
    f = os.path.join(tmp, "cjk.pdf")
    open(f, "wb").write(cjk_pdf())
    rc, out, err = run("decode", f)
    check(rc == 0 and out.decode() == "到2027年底完成任务。\n", "cjk.pdf (font not embedded): "
          "exit %d, %r %r" % (rc, out, err))
    # Nesting 100,000 deep: read without recursion.
    f = os.path.join(tmp, "deep.docx")
    open(f, "wb").write(deep)
    rc, out, err = run("decode", f)
    check(rc == 0 and out.decode() == "到2027年底完成。\n", "deep.docx: exit %d, %r %r"
          % (rc, out, err))
    # The bomb within a limit that holds it is read.
    f = os.path.join(tmp, "bomb.docx")
    rc, out, err = run("decode", "--input-format", "docx", f)
    check(rc == 0 and len(out) == (64 << 20) + 1, "bomb.docx under the default limit: exit "
          "%d, %d bytes" % (rc, len(out)))
    rc, _, err = run("decode", "--input-format", "docx", os.path.join(datadir, "notice.pdf"))
    check(rc == 1 and b"notice.pdf" in err and b"not a DOCX" in err,
          "a PDF forced as DOCX: exit %d, %r" % (rc, err))

rc, _, err = run("decode", "--input-format", "odt", path("notice.txt"))
check(rc == 2 and b"docx or pdf" in err, "--input-format odt: exit %d, %s" % (rc, err))
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
