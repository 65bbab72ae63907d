"""Seeds of ReportFolderFuzzTest: the samples' report.json, data.csv and rules.csv, and small report.json files cut
from the hengchuan sample (the fuzz target reads them against hengchuan's data). Usage: python3 folder-seeds.py OUT"""
import copy
import json
import os
import shutil
import sys

out = sys.argv[1]
for target in ('readingAnyReportJson', 'readingAnyDataCsv', 'readingAnyRulesCsv'):
    os.makedirs(os.path.join(out, target), exist_ok=True)
for sample in ('hengchuan-2024', 'qinghe-2024'):
    folder = os.path.join('sample-reports', sample)
    shutil.copy(os.path.join(folder, 'report.json'), os.path.join(out, 'readingAnyReportJson', sample + '-report.json'))
    shutil.copy(os.path.join(folder, 'data.csv'), os.path.join(out, 'readingAnyDataCsv', sample + '-data.csv'))
    shutil.copy(os.path.join(folder, 'rules.csv'), os.path.join(out, 'readingAnyRulesCsv', sample + '-rules.csv'))

with open('sample-reports/hengchuan-2024/report.json', encoding='utf-8') as f:
    report = json.load(f)


def write(name, doc):
    with open(os.path.join(out, 'readingAnyReportJson', name), 'w', encoding='utf-8') as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write('\n')


# one chapter at a time, without front and back matter: small inputs the fuzzer mutates quickly
for i, chapter in enumerate(report['chapters']):
    doc = copy.deepcopy(report)
    doc['front'] = []
    doc['back'] = []
    doc['chapters'] = [chapter]
    doc.pop('disclosures', None)
    write('hengchuan-chapter-%d.json' % (i + 1), doc)
doc = copy.deepcopy(report)
doc['chapters'] = []
doc.pop('disclosures', None)
write('hengchuan-front-and-back.json', doc)

# a data.csv of a few rows
with open('sample-reports/hengchuan-2024/data.csv', encoding='utf-8-sig') as f:
    lines = f.read().splitlines(True)
with open(os.path.join(out, 'readingAnyDataCsv', 'hengchuan-first-rows-data.csv'), 'w', encoding='utf-8') as f:
    f.writelines(lines[:6])
