#!/usr/bin/env python3
"""Draw Hebei provincial policy documents from the spreadsheets of the gerry0208/spider_project repository.

usage: import.py REPO.git COMMIT SHARED_CORPUS PROJECT_CORPUS OUT_DIR [N] [--speeches [K]]

The public repository gerry0208/spider_project keeps, under 河北政府网站/, the CSV files its
crawlers wrote from the information-disclosure pages of the Hebei provincial government and of
its departments (人民政府, 人力资源和社会保障厅, 科学技术厅, 工业和信息化厅, 教育厅, ...): one row
per page, with the page's title (标题), date (发文日期/时间/日期) and text (内容). At COMMIT every
such CSV of less than 4 MiB is read (larger files are not in the mirror; they are left out
whether present or not, so that a full clone gives the same draw).

A row's text is cleaned by general rules only: a text the crawler wrote twice over (X followed by
X) is taken once; paragraphs are the text's line breaks and its runs of ideographic or no-break
spaces (the pages' paragraph indents); page furniture lines (公开程序：, 责任部门：, 来源：, 打印,
...) and a link to the document's reading in the last lines (政策解读：... and what follows) are
taken off; a copy of the title glued to the front of the text, and leading lines that repeat a
part of the title, are taken off (the title is the first line of the output); a document number
glued to the addressees (…〔2020〕67号各省、…) is split after the number; a signature and date
glued to the end of a paragraph, or a date with a short title glued after it (an attachment's
title), is split into its own lines. Rows whose text has no paragraph marks (a paragraph of more
than 1,000 characters once split) are left out: the crawler ran their paragraphs together and a
line per paragraph cannot be given.

Kept (plans): rows whose title ends in a genre word of policy texts (通知, 意见, 方案, 规划, 计划,
要点, 措施, 办法, 报告; for "关于印发《X》的通知" the genre of X), that are not statutes (条例,
规定, 法 in the title, or 5 or more distinct 第N条 articles in the text), nor news items,
readings or disclosure reports (title words such as 解读, 新闻, 记者, 征求意见, 信息公开, 在…上的讲话;
a text opening like a news item; a text that calls the document "《通知》" twice), and have
1,500-12,000 characters, whitespace removed (title line not counted).
Kept (--speeches): rows whose title names a speech at a meeting (…在…会议/大会/座谈会…上的讲话),
1,500-15,000 characters.

Left out: texts already in SHARED_CORPUS or PROJECT_CORPUS (a third or more of their 8-character
shingles, taken every third character, found in one file there; OUT_DIR itself is skipped) and
repeats (equal titles, or the same shingle test between kept rows). The kept ones, in (file, row)
order, are shuffled with random.seed(2026); OUT_DIR/draw.tsv lists them in drawn order and the
first N (default 36) are written as OUT_DIR/SNNN.txt (the title line, then the text, a line per
paragraph) with OUT_DIR/manifest.tsv (id, issuer, date, title, characters, source file#row).
With --speeches the speech rows are drawn the same way into KNNN.txt, draw-K.tsv and
manifest-K.tsv (K of them, default 24). Issuer: the title's words before 关于/印发, else the
signature lines before the first date line; date: that date line, else the row's date column.
Standard library only.
"""
import csv, io, os, re, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import drawlib  # noqa: E402  (corpus/drawlib.py: the steps the importers share)

GENRES = ('通知', '意见', '方案', '规划', '计划', '要点', '措施', '办法', '报告')
TAIL = r'(?:[（(][^）)]{1,20}[）)]|\s)*$'
GENRE_END = re.compile('(' + '|'.join(GENRES + ('条例', '规定', '细则', '指引', '决定', '公告', '通告', '建议',
                                              '批复', '复函', '函', '目录', '清单', '指南', '标准')) + ')' + TAIL)
NEWS = re.compile(r'新华社|记者|答记者问|解读|新闻|报道|出台|发布会|征求意见|征集|申报|公示|汇编|信息公开|'
                  r'答问|问答|一图读懂|图解|在[^，。]{2,60}上的(?:报告|讲话|发言)')
SPEECH = re.compile(r'在.{2,60}(?:会议|大会|座谈会|推进会|动员会|部署会|电视电话会)上的(?:讲话|发言)(?:[（(][^）)]*[）)])?$')
DATE_LINE = re.compile(r'^(\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*'
                       r'(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$')
DATE_GLUED = re.compile(r'^([\u4e00-\u9fff（）()、]{0,40}?)((?:\d{4}|[〇○零一二三四五六七八九]{4})年'
                        r'(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)'
                        r'([\u4e00-\u9fff“《].*)$')
SIGN_DATE_TAIL = re.compile(r'^(.*[。；])([\u4e00-\u9fff（）()、]{2,40}?(?:政府|办公室|办公厅|厅|局|委员会|委|部|院|会|中心|小组))'
                            r'((?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,2})月'
                            r'(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)([^，。；：,;]{0,60})$')
DOCNO_GLUED = re.compile(r'^([^，。；：\s]{0,30}?[〔\[［]\d{4}[〕\]］]\s*\d+\s*号)([\u4e00-\u9fff《“].+)$')
FURNITURE = re.compile(r'^(?:公开程序|公开方式|责任部门|发布机构|信息来源|来源|打印|关闭|【打印】|【关闭】)(?:[:：]|$)')
READING_LINK = re.compile(r'(?:政策解读|图文解读|相关解读|文字解读)[:：]')
SIGN = re.compile(r'^[\u4e00-\u9fff（）() 、]{2,40}(?:政府|办公室|办公厅|局|委员会|委|厅|中心|部|管委会|小组|院|会)$')
MAX_PARAGRAPH = 1000
MAX_BLOB = 4 * 1024 * 1024


def git(repo, *args):
    return subprocess.run(['git', '--git-dir', repo] + list(args), capture_output=True)


def csv_files(repo, commit):
    """The CSV files under 河北政府网站/ of less than 4 MiB, in path order."""
    out = git(repo, 'ls-tree', '-r', '-l', '-z', commit).stdout.decode('utf-8')
    files = []
    for entry in out.split('\0'):
        if '\t' not in entry:
            continue
        meta, path = entry.split('\t', 1)
        size = meta.split()[3]
        if path.startswith('河北政府网站/') and path.endswith('.csv') and size.isdigit() and int(size) < MAX_BLOB:
            files.append(path)
    return sorted(files)


def undouble(s):
    """A text written twice over (X X, whitespace aside) is taken once."""
    flat = re.sub(r'\s', '', s)
    h = len(flat) // 2
    if h < 100 or len(flat) % 2 or flat[:h] != flat[h:]:
        return s
    k = 0
    for i, ch in enumerate(s):
        if not ch.isspace():
            k += 1
            if k == h:
                return s[:i + 1]
    return s


def strip_title(line, title):
    """The line without a copy of the title at its front (whitespace aside), or None if none is there."""
    t = re.sub(r'\s', '', title)
    j = 0
    for i, ch in enumerate(line):
        if ch.isspace():
            continue
        if j < len(t) and ch == t[j]:
            j += 1
            if j == len(t):
                return line[i + 1:].strip()
        else:
            return None
    return None


def paragraphs(text, title):
    s = undouble(text.replace('\r\n', '\n').replace('\r', '\n').strip())
    lines = []
    for l in re.split(r'\n|[\u3000\xa0]+', s):
        l = ' '.join(l.split())
        if not l:
            continue
        if FURNITURE.match(l):
            continue
        m = SIGN_DATE_TAIL.match(l)
        if m:
            lines += [m.group(1), m.group(2) + m.group(3)] + ([m.group(4)] if m.group(4) else [])
            continue
        m = DATE_GLUED.match(l)
        if m and len(m.group(3)) <= 60 and not re.search(r'[，。；：,;]', m.group(3)):
            lines += [m.group(1) + m.group(2), m.group(3)]
            continue
        m = DOCNO_GLUED.match(l)
        if m:
            lines += [m.group(1), m.group(2)]
            continue
        lines.append(l)
    # a link to the document's reading at the end of the page: cut off with what follows it
    for i in range(max(0, len(lines) - 3), len(lines)):
        m = READING_LINK.search(lines[i])
        if m:
            lines = lines[:i] + ([lines[i][:m.start()].strip()] if lines[i][:m.start()].strip() else [])
            break
    # the title glued to the front of the text, and heading lines that repeat (a part of) the title
    flat_title = re.sub(r'\s', '', title)
    while lines:
        rest = strip_title(lines[0], title)
        if rest is not None:
            lines = ([rest] if rest else []) + lines[1:]
        elif re.sub(r'\s', '', lines[0]) in flat_title:
            lines = lines[1:]
        else:
            break
    return lines


def issuer_date(title, text, row_date):
    m = re.match(r'^([^《》]*?)(?:关于|印发|贯彻|转发)', title)
    issuer, date = (m.group(1).strip() if m else ''), ''
    for i, l in enumerate(text):
        cand = [l]
        g = re.match(r'^([\u4e00-\u9fff（）()、 ]{2,40}?)((?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年.*日)$', l)
        if g:
            cand.append(g.group(2))
        for c in cand:
            d = DATE_LINE.match(c.strip())
            if d:
                y, mo, da = (drawlib.cn_number(x) for x in d.groups())
                date = f'{y:04d}-{mo:02d}-{da:02d}'
                if not issuer:
                    if c is not l:
                        issuer = g.group(1).strip()
                    else:
                        j = i
                        while j > 0 and i - j < 12 and SIGN.match(text[j - 1]):
                            j -= 1
                        issuer = ' '.join(text[j:i])
                break
        if date:
            break
    if not issuer:
        m = re.match(r'^([\u4e00-\u9fff]{2,30}?(?:人民政府办公厅|人民政府|办公厅|厅|局|委员会))(?=\d{4}年|[\u4e00-\u9fff])', title)
        if m and not re.search(r'关于|印发', m.group(1)):
            issuer = m.group(1)
    if not date:
        m = re.match(r'\s*(\d{4}-\d{2}-\d{2})', row_date or '')
        date = m.group(1) if m else ''
    return issuer, date


def rows_of(repo, commit, path):
    blob = git(repo, 'show', f'{commit}:{path}')
    if blob.returncode:
        return
    csv.field_size_limit(1 << 30)
    rows = list(csv.reader(io.StringIO(blob.stdout.decode('utf-8-sig', 'replace'))))
    if not rows:
        return
    head = [h.strip() for h in rows[0]]
    if '标题' not in head or '内容' not in head:
        return
    ti, ci = head.index('标题'), head.index('内容')
    di = next((head.index(k) for k in ('发文日期', '时间', '日期') if k in head), None)
    for n, row in enumerate(rows[1:], 2):          # n: the row's line in the sheet, header = 1
        if len(row) <= max(ti, ci):
            continue
        yield n, ' '.join(row[ti].split()), row[ci], (row[di] if di is not None and di < len(row) else '')


def main(repo, commit, shared, project, out, n=36, speeches=None):
    n = int(n)
    files = csv_files(repo, commit)
    cands, spk, why, total = [], [], {}, 0
    for path in files:
        for rn, title, content, row_date in rows_of(repo, commit, path):
            total += 1
            name = f'{path}#{rn}'
            text = paragraphs(content, title)
            flat = re.sub(r'\s', '', ''.join(text))
            if not title or not text:
                why[name] = 'empty'; continue
            if max(len(re.sub(r'\s', '', l)) for l in text) > MAX_PARAGRAPH:
                why[name] = 'paragraphs run together'; continue
            issuer, date = issuer_date(title, text, row_date)
            item = {'name': name, 'title': title, 'text': text, 'flat': flat, 'issuer': issuer, 'date': date}
            if SPEECH.search(title):
                if 1500 <= len(flat) <= 15000:
                    item['genre'] = '讲话'
                    spk.append(item)
                else:
                    why[name] = f'speech of {len(flat)} chars'
                continue
            g = drawlib.genre_of(title, GENRE_END)
            if g not in GENRES:
                why[name] = f'genre {g}'; continue
            if NEWS.search(title) or re.search(r'条例|规定|(?<![方办])法》|法$', title):
                why[name] = 'news item, reading or statute'; continue
            reason = drawlib.body_rejection(text, flat)
            if reason:
                why[name] = reason; continue
            item['genre'] = g
            cands.append(item)
    draws = [('S', cands, n, 'draw.tsv', 'manifest.tsv')]
    if speeches is not None:
        draws.append(('K', spk, int(speeches), 'draw-K.tsv', 'manifest-K.tsv'))
    known = drawlib.corpus_files(shared, project, out)
    os.makedirs(out, exist_ok=True)
    for prefix, items, count, draw_name, manifest_name in draws:
        kept = drawlib.drop_known(drawlib.drop_repeats(items, why), known, why)
        drawlib.shuffle(kept)
        if prefix == 'K' and not kept:
            print('K: no speech of the length with paragraph marks; no K files written')
            continue
        drawlib.write_draw(out, kept, count, prefix, f'file#row (at commit {commit})',
                           f'file#row (at commit {commit})', draw_name, manifest_name)
        print(f'{prefix}: {len(items)} of the genres and length, {len(kept)} kept, {min(count, len(kept))} written')
    print(f'{len(files)} files, {total} rows')
    return why


if __name__ == '__main__':
    args = sys.argv[1:]
    sp = None
    if '--speeches' in args:
        i = args.index('--speeches')
        sp = args[i + 1] if i + 1 < len(args) and args[i + 1].isdigit() else '24'
        del args[i:i + (2 if i + 1 < len(args) and args[i + 1].isdigit() else 1)]
    main(*args[:6], speeches=sp)
