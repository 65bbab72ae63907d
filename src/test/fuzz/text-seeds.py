"""Seeds of FiguresFuzzTest (shared by its targets): the sentences of numbers.md by section, and paragraphs of the
sample reports that hold digits (some with inline markup). Usage: python3 text-seeds.py OUTPUT_FOLDER"""
import collections
import json
import os
import re
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
sections = collections.OrderedDict()
with open('src/test/resources/figures/numbers-corpus.tsv', encoding='utf-8') as tsv:
    for line in tsv:
        if line.startswith('#') or line.startswith('section\t'):
            continue
        cells = line.rstrip('\n').split('\t')
        if len(cells) < 2:
            continue
        text = cells[1].replace('\\n', '\n')
        bucket = sections.setdefault(cells[0], [])
        if text not in bucket:
            bucket.append(text)
for i, (name, texts) in enumerate(sections.items()):
    with open(os.path.join(out, 'numbers-md-%02d.txt' % i), 'w', encoding='utf-8') as f:
        f.write('\n'.join(texts))


def paragraphs(node):
    if isinstance(node, dict):
        if node.get('type') == 'paragraph' and isinstance(node.get('text'), dict):
            yield node['id'], node['text'].get('zh', ''), node['text'].get('en', '')
        for value in node.values():
            yield from paragraphs(value)
    elif isinstance(node, list):
        for value in node:
            yield from paragraphs(value)


for sample, count in (('qinghe-2024', 14), ('hengchuan-2024', 10)):
    with open(os.path.join('sample-reports', sample, 'report.json'), encoding='utf-8') as f:
        report = json.load(f)
    chosen = [p for p in paragraphs(report) if re.search(r'\d', p[1])]
    step = max(1, len(chosen) // count)
    for pid, zh, en in chosen[::step][:count]:
        with open(os.path.join(out, 'sample-%s.txt' % pid), 'w', encoding='utf-8') as f:
            f.write(zh)
        if en and sample == 'qinghe-2024' and len(en) < 2000:
            with open(os.path.join(out, 'sample-%s-en.txt' % pid), 'w', encoding='utf-8') as f:
                f.write(en)
