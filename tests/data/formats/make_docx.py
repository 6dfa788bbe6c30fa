#!/usr/bin/env python3
"""Writes notice.docx, the Word version of notice.txt, from the XML below (written for the
project, not taken from a document). Run it from any folder: it writes beside itself, or to
the path given as its argument.

The XML holds what a reader of DOCX must get right: runs split inside words and numbers,
xml:space="preserve", character references, tab stops in paragraph properties (no text), a
tracked deletion (w:del: not text) and a tracked insertion (w:ins: text), a proofing mark
and a bookmark, the fallback copy of a drawing (mc:Fallback: not text), and a table whose
rows are lines of tab-separated cells. Entries are stored with a fixed date, in a fixed order,
so the same XML gives the same archive contents.
"""
import os
import sys
import zipfile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>
"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>
"""


def para(*runs, ppr=""):
    return "<w:p>%s%s</w:p>" % (ppr, "".join(runs))


def run(text, rpr=""):
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, text)


def heading(text):
    # Tab stops in the paragraph's properties are layout, not text.
    ppr = ('<w:pPr><w:pStyle w:val="Heading2"/><w:tabs><w:tab w:val="left" w:pos="420"/>'
           '</w:tabs></w:pPr>')
    return para(run(text), ppr=ppr)


def cell(text):
    return ('<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>%s</w:tc>'
            % para(run(text)))


BODY = "".join([
    para(run("关于加强城市生活垃圾分类管理的通知", "<w:rPr><w:b/></w:rPr>"),
         ppr='<w:pPr><w:jc w:val="center"/></w:pPr>'),
    para(run("各区人民政府&#xFF0C;市直各部门："), '<w:bookmarkStart w:id="0" w:name="top"/>'
         '<w:bookmarkEnd w:id="0"/>'),
    heading("一、工作目标"),
    para(run("到2027年底，全市生活垃圾回收利用率达到"), run("40", "<w:rPr><w:b/></w:rPr>"),
         run("%以上，城市生活垃圾无害化处理率保持"),
         # A tracked deletion: the text a reviewer struck out is not the document's.
         '<w:del w:id="1" w:author="审核人" w:date="2026-01-05T00:00:00Z"><w:r>'
         '<w:delText>到2026年达到</w:delText></w:r><w:r><w:t>95%</w:t></w:r></w:del>',
         '<w:ins w:id="2" w:author="审核人" w:date="2026-01-05T00:00:00Z">'
         + run("100%") + "</w:ins>", run("。")),
    heading("二、重点任务"),
    para(run("各区要在2026年9月30日前完成&#x201C;四分类&#x201D;投放点改造，"),
         '<w:proofErr w:type="spellStart"/>', run("并于每月5日前"),
         '<w:proofErr w:type="spellEnd"/>', run("报送工作进展情况。"),
         # A drawing: Word reads the Choice, older readers the Fallback (a copy, not text).
         '<mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:drawing/></w:r></mc:Choice>'
         '<mc:Fallback><w:r><w:pict><w:p><w:r><w:t>到2030年完成</w:t></w:r></w:p></w:pict>'
         '</w:r></mc:Fallback></mc:AlternateContent>'),
    para(run("2025年，全市日均清运生活垃圾1.2万"), run("吨，比上年下降3.5%。")),
    heading("三、主要指标"),
    '<w:tbl><w:tblPr><w:tblW w:w="6000" w:type="dxa"/></w:tblPr><w:tblGrid>'
    '<w:gridCol w:w="2000"/><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>'
    '<w:tr>%s%s%s</w:tr><w:tr>%s%s%s</w:tr></w:tbl>'
    % (cell("指标"), cell("2025年"), cell("2027年"), cell("回收利用率"), cell("35%"),
       cell("40%")),
    heading("四、监督考核"),
    para(run("对未按期完成任务的单位，予以通报批评；"), run("情节严重的，依法追究有关人员责任。")),
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>',
])

DOCUMENT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="%s" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'mc:Ignorable=""><w:body>%s</w:body></w:document>\n' % (W, BODY))


def write(path):
    with zipfile.ZipFile(path, "w") as z:
        for name, text in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
                           ("word/document.xml", DOCUMENT)):
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    write(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "notice.docx"))
