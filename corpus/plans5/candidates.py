#!/usr/bin/env python3
"""candidates.py — the draw order of corpus/plans5 from the listing of a public repository.

The source, the public GitHub repository zhiyao87/Shanghai-Gov-Docs-Index, holds Shanghai city,
district and town documents as Markdown files docs/<category>/<title>.md. Its listing
(listing.tsv: category, path, commit, versions; as the stored index of public repositories
lists it, at most 100 files per category folder) is filtered by the title to the genres this
corpus wants — notices issuing or forwarding plans, opinions, measures, rules of procedure and
grant guides, and those plans, opinions and measures themselves — leaving out statutes,
technical norms, penalty scales, service guides and announcements of lists. Names cut short by
the repository (ending …) and repeated titles are left out. The rest is shuffled with the
corpus drawlib's fixed seed and written as candidates.tsv (order, category, path, commit).

    python3 corpus/plans5/candidates.py corpus/plans5/listing.tsv corpus/plans5/candidates.tsv
"""
import os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import drawlib  # noqa: E402

WANT = re.compile('方案|意见|措施|办法|细则|计划|要点|规划|规程|指引|指南|的通知')
NOT = re.compile('条例|裁量基准|办事指南|公布|公示|公告|通告|废止|有效期|名单|目录|标准|规范|导则|'
                 '图集|技术|清单|收费|价格|批复|决定')


def main(listing, out):
    seen, kept = set(), []
    for line in open(listing, encoding='utf-8'):
        cat, path, commit, _ = line.rstrip('\n').split('\t')
        title = os.path.basename(path)[:-3]
        if title.endswith('.') or title.endswith('…') or title in seen:
            continue
        if not WANT.search(title) or NOT.search(title):
            continue
        seen.add(title)
        kept.append({'cat': cat, 'path': path, 'commit': commit})
    kept.sort(key=lambda c: c['path'])
    drawlib.shuffle(kept)
    with open(out, 'w', encoding='utf-8') as f:
        f.write('# order\tcategory\tpath\tcommit\n')
        for i, c in enumerate(kept, 1):
            f.write(f'{i}\t{c["cat"]}\t{c["path"]}\t{c["commit"]}\n')
    print(f'{len(kept)} candidates')


if __name__ == '__main__':
    main(*sys.argv[1:3])
