#!/usr/bin/env python3
"""Draw local and central government policy documents from the web pages of China-Real-Estate-Policy-Database.

usage: import.py REPO.git COMMIT SHARED_CORPUS PROJECT_CORPUS OUT_DIR [N]

The public repository ljz060707-lang/China-Real-Estate-Policy-Database keeps, under
data/raw/webpages/, the HTML pages its crawler fetched (one file per page, named by hash):
policy documents of provincial, city and county governments and their departments (housing,
provident fund, consumption, business environment, talent, ...), some central ones, reprints of
them on other sites, and news items. At COMMIT every such page is read. Its title is the first of
the page's ArticleTitle metadata and the parts of its <title> (site names cut off) that ends in a
genre word, else a heading standing just before the text. Its text is the densest run of text lines
of the page (Kadane's maximum over per-line weights: characters and punctuation count for a line,
page furniture such as breadcrumbs, "发布日期", share buttons, footers and link lists is a barrier
and is left out; signatures, dates, document numbers and addressees are neutral), widened to the
addressees before it and the signature after it, with a trailing list of headlines cut off; a line
per paragraph or table row. Kept: pages whose title ends in a genre word of policy texts (通知,
意见, 方案, 规划, 计划, 要点, 措施, 办法, 报告; for "关于印发《X》的通知" the genre of X), that
are not statutes (条例, 规定, 法 in the title, or 5 or more distinct 第N条 articles in the text)
nor news items or readings (title words such as 记者, 解读, 新闻, 征求意见, speeches; a text
opening like a news item; a text that calls the document "《通知》" twice), and have
1,500-12,000 characters, whitespace removed. Left out: texts already in SHARED_CORPUS or
PROJECT_CORPUS (a third or more of their 8-character shingles, taken every third character, found
in one file there; OUT_DIR itself is skipped) and repeats (equal titles, or the same shingle test
between kept pages). The kept ones, in file-name order, are shuffled with random.seed(2026);
OUT_DIR/draw.tsv lists them in drawn order, the first N (default 12) are written as
OUT_DIR/RNNN.txt (the title line, then the text) with OUT_DIR/manifest.tsv (id, issuer, date,
title, characters, source file). Issuer: the title's words before 关于/印发, else the signature;
date: the signature's date, else the page's PubDate or the year of the document number.
Standard library only.
"""
import html, os, re, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import drawlib  # noqa: E402  (corpus/drawlib.py: the steps the importers share)

GENRES = ('通知', '意见', '方案', '规划', '计划', '要点', '措施', '办法', '报告')
TAIL = r'(?:[（(][^）)]{1,20}[）)]|\s)*$'           # （试行）, （2023-2025年）, ... after the genre word
GENRE_END = re.compile('(' + '|'.join(GENRES + ('条例', '规定', '细则', '指引', '决定', '公告', '通告', '建议', '批复', '函')) + ')' + TAIL)
NEWS = re.compile(r'新华社|记者|答记者问|解读|新闻|报道|网易|新浪|出台|发布会|我市|征求意见|征集|申报|公示|汇编|在[^，。]{2,40}上的(?:报告|讲话)')
SITE_SPLIT = re.compile(r'\s*(?:_|\||｜|--|—|\s-\s)\s*')
CJK = re.compile(r'[\u3400-\u9fff]')


def decode(b):
    m = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', b[:3000])
    encs = [m.group(1).decode('ascii').lower()] if m else []
    for e in encs + ['utf-8', 'gb18030']:
        try:
            return b.decode('gb18030' if e in ('gb2312', 'gbk') else e)
        except (LookupError, UnicodeDecodeError):
            pass
    return b.decode('utf-8', 'replace')


def clean(s):
    s = html.unescape(re.sub(r'<[^>]+>', '', s)).replace('\xa0', ' ').replace('\u3000', ' ')
    return ' '.join(s.split())


def titles(h):
    """Candidate titles, best first: ArticleTitle (and like metadata), the parts of <title>."""
    out = []
    for m in re.finditer(r'<meta\s+[^>]*name=["\'](?:ArticleTitle|title|og:title)["\'][^>]*>', h, re.I):
        c = re.search(r'content=["\']([^"\']*)["\']', m.group(0))
        if c:
            out.append(clean(c.group(1)))
    m = re.search(r'(?is)<title[^>]*>(.*?)</title>', h)
    if m:
        out += SITE_SPLIT.split(clean(m.group(1)))
    return [t for t in out if t]


def lines_of(h):
    h = re.sub(r'(?is)<(script|style|noscript|select|textarea)[^>]*>.*?</\1>', '', h)
    h = re.sub(r'(?s)<!--.*?-->', '', h)
    h = re.sub(r'(?i)<br\s*/?>', '\n', h)
    h = re.sub(r'(?i)</?(p|div|tr|h\d|li|ul|ol|table|tbody|section|article|dd|dt|dl|center|blockquote|form|header|footer|nav)\b[^>]*>', '\n', h)
    h = re.sub(r'(?i)</t[dh]>', '\t', h)
    t = html.unescape(re.sub(r'<[^>]+>', '', h)).replace('\xa0', ' ').replace('\u3000', ' ').replace('\r', '')
    out = []
    for l in t.split('\n'):
        l = '\t'.join(' '.join(c.split()) for c in l.split('\t')).strip('\t ')
        l = re.sub(r'\t{2,}', '\t', l)
        if l:
            out.append(l)
    return out


SIGN = re.compile(r'^(?:[\u4e00-\u9fff（）()、 ]{2,40}(?:政府|办公室|办公厅|局|委员会|委|厅|中心|部|管委会|指挥部|小组)|'
                  r'\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇○零一二三四五六七八九十]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日|'
                  r'（此件[^）]*）|\(此件[^)]*\))$')


BOILER = re.compile(r'您的位置|当前位置|首页\s*>|>\s*正文|发布(?:日期|时间)[:：]|浏览(?:次数|量)|点击(?:数|量|率)|来源[:：]|信息来源|作者[:：]|字体[:：]?\s*[\[【]?\s*大|'
                    r'【?\s*(?:打印|关闭|收藏|返回顶部)|分享到|扫一扫|我要纠错|网站地图|版权所有|Copyright|主办单位|承办单位|主办[:：]|承办[:：]|技术支持|'
                    r'ICP备|公网安备|网站标识码|联系电话|联系我们|邮编[:：]|地址[:：]|上一篇|下一篇|相关(?:链接|文章|阅读|文件|新闻|稿件)|推荐阅读|'
                    r'文件链接|附件下载|文件下载|原文下载|\.(?:docx?|pdf|wps|xlsx?|ofd)$|视力保护色|查看更多|^要\s*闻$|热点|热门|排行榜|分享[:：至]|政策解读$|图文解读|放大\s*缩小|内容概述|点击查看|\.\.\.$|'
                    r'^\[(?:标题|发文机构|联合发文单位|发文字号|成文日期|发布日期|主题分类|实施日期|废止日期|有效性|索引号)\]|^(?:索引号|主题分类|发文机关|发文字号|成文日期|发布日期|文号|所属机构|公文种类)[:：]')
LEAD = re.compile(r'^(?:[^，。；]{2,60}[:：]|[^，。；]{0,30}[〔\[［]\d{4}[〕\]］]\s*\d+\s*号|[\u4e00-\u9fff]{1,10}[（(]?\d{4}[）)]?\d+号)$')


def body(lines):
    """The densest run of lines (Kadane over per-line weights; page furniture is a barrier), widened to the
    addressees and document number just before it and the signature and date just after it."""
    w = []
    for l in lines:
        n = len(CJK.findall(l))
        punct = len(re.findall(r'[，。；：、！？]', l))
        if len(l) < 200 and BOILER.search(l):
            w.append(-60)
        elif len(l) < 80 and (SIGN.match(l.replace('\t', '')) or DATE_LINE.match(l) or GENRE_END.search(l) or LEAD.match(l)):
            w.append(0)                     # signatures, dates, document titles, addressees: neutral
        else:
            w.append((n + 4 * punct if punct else n // 2) - 18)
    best, cur, start, span = 0, 0, 0, None
    for i, x in enumerate(w):
        if cur <= 0:
            cur, start = x, i
        else:
            cur += x
        if cur > best:
            best, span = cur, (start, i + 1)
    if not span:
        return [], 0
    a, b = span
    while a > 0 and a > span[0] - 3 and w[a - 1] > -60 and LEAD.match(lines[a - 1]):
        a -= 1
    while b < len(lines) and b < span[1] + 12 and SIGN.match(lines[b].replace('\t', '')):
        b += 1
    out = [l for l, x in zip(lines[a:b], w[a:b]) if x > -60]
    # a list of links or headlines after the text (lines without a full stop, no table cells, at most 12)
    k = len(out)
    while k > 0 and len(out) - k < 13 and not re.search(r'[。；]', out[k - 1]) and '\t' not in out[k - 1] \
            and not SIGN.match(out[k - 1]) and not DATE_LINE.match(out[k - 1]):
        k -= 1
    if 3 <= len(out) - k <= 12 and k and out[k - 1].endswith('。'):
        out = out[:k]
    return out, a


def page_title(h, lines, at):
    """The document title: the first of ArticleTitle and the parts of <title> that ends in a genre word,
    else a heading that stands in the 8 lines before the text."""
    heads = [clean(m.group(1)) for m in re.finditer(r'(?is)<h[1-4][^>]*>(.*?)</h[1-4]>', h)]
    near = re.sub(r'\s', '', ''.join(lines[max(0, at - 8):at + 2]))
    for t in titles(h) + [x for x in heads if re.sub(r'\s', '', x) in near]:
        t = re.sub(r'^(?:【[^】]*】|\[[^\]]*\])', '', t).strip()
        t = re.sub(r'^[^-—]{0,30}?(?:网站|网|平台)\s*[-—]+\s*', '', t)
        if GENRE_END.search(t):
            return t
    return None




DATE_LINE = re.compile(r'^(\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$')


def issuer_date(title, text, h):
    """Issuer: the title's words before 关于/印发/贯彻/转发, else the signature lines before the first date
    line. Date: that date line (the signature's); else, when the page's PubDate falls in the year of the
    document number, the PubDate; else the year of the document number; else the PubDate."""
    m = re.match(r'^([^《》]*?)(?:关于|印发|贯彻|转发)', title)
    issuer, date = (m.group(1).strip() if m else ''), ''
    for i, l in enumerate(text):
        d = DATE_LINE.match(l.replace('\t', '').strip())
        if d:
            y, mo, da = (drawlib.cn_number(x) for x in d.groups())
            date = f'{y:04d}-{mo:02d}-{da:02d}'
            j = i
            while j > 0 and i - j < 12 and SIGN.match(text[j - 1].replace('\t', '')) and not DATE_LINE.match(text[j - 1]):
                j -= 1
            if not issuer and j < i:
                issuer = ' '.join(' '.join(text[j:i]).split())
            break
    if not date:
        m = re.search(r'<meta\s+name=["\']PubDate["\']\s+content=["\'](\d{4}-\d{2}-\d{2})', h, re.I)
        pub = m.group(1) if m else ''
        y = re.search(r'[〔\[［(（]((?:19|20)\d\d)[〕\]］)）]\s*\d+\s*号', title + '\n' + '\n'.join(text[:3]))
        date = pub if not y or pub.startswith(y.group(1)) else y.group(1)
    return issuer, date


def main(repo, commit, shared, project, out, n=12):
    n = int(n)
    names = subprocess.run(['git', '--git-dir', repo, 'ls-tree', '-r', '--name-only', commit],
                           capture_output=True, text=True, check=True).stdout.split('\n')
    names = sorted(x for x in names if x.startswith('data/raw/webpages/') and x.endswith(('.html', '.htm')))
    cands, why = [], {}
    for name in names:
        h = decode(subprocess.run(['git', '--git-dir', repo, 'show', f'{commit}:{name}'],
                                  capture_output=True, check=True).stdout)
        lines = lines_of(h)
        text, at = body(lines)
        title = page_title(h, lines, at)
        if not title:
            why[name] = 'no document title'; continue
        g = drawlib.genre_of(title, GENRE_END)
        if g not in GENRES:
            why[name] = f'genre {g}'; continue
        if NEWS.search(title) or re.search(r'条例|规定|(?<![方办])法》|法$', title):
            why[name] = 'news item or statute'; continue
        # the title line of the page, when the text repeats it, is given once, as the first line
        while text and re.sub(r'\s', '', text[0]) in re.sub(r'\s', '', title):
            text = text[1:]
        flat = re.sub(r'\s', '', ''.join(text))
        reason = drawlib.body_rejection(text, flat)
        if reason:
            why[name] = reason; continue
        issuer, date = issuer_date(title, text, h)
        cands.append({'name': name, 'title': title, 'genre': g, 'text': text, 'flat': flat,
                      'issuer': issuer, 'date': date})
    # repeats among the pages, texts already in the shared or project corpus (drawlib)
    kept = drawlib.drop_repeats(cands, why)
    kept = drawlib.drop_known(kept, drawlib.corpus_files(shared, project, out), why)
    drawlib.shuffle(kept)
    drawlib.write_draw(out, kept, n, 'R', f'file (data/raw/webpages/ at commit {commit})',
                       f'file (at commit {commit})')
    print(f'{len(names)} pages, {len(cands)} of the genres and length, {len(kept)} kept, {min(n, len(kept))} written')
    return why


if __name__ == '__main__':
    main(*sys.argv[1:7])
