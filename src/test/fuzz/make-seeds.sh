#!/bin/sh
# Regenerates the seed inputs of the fuzz tests' regression corpora (docs/reliability/fuzzing.md) from the sample
# reports, the test fixtures and the app's own exporters. Run from the project folder after `mvn -o -q test-compile`:
#   sh src/test/fuzz/make-seeds.sh
# Findings (inputs that once failed) live beside the seeds under names that say what they found; this script never
# deletes them. Needs python3 and unzip.
set -eu
root=$(pwd)
res=src/test/resources/org/esgstudio
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -o -q dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=runtime >/dev/null
cli() { ESGSTUDIO_NO_RELAUNCH=1 java -cp "target/classes:$(cat "$work/cp.txt")" org.esgstudio.Launcher "$@"; }

# --- figures: sentences of numbers.md (test corpus) and paragraphs of the samples -------------------------------
python3 src/test/fuzz/text-seeds.py "$res/figures/FiguresFuzzTestInputs"

# --- the workbook importer: whole files, and the XML parts of a workbook ---------------------------------------
files=$res/office/WorkbookFuzzTestInputs/importingAnyWorkbookFile
parts=$res/office/WorkbookFuzzTestInputs/importingAWorkbookWithAnyPart
mkdir -p "$files" "$parts"
for f in kpi-zh.xlsx kpi-en.xlsx bad-div0.xlsx bad-duplicate-indicator.xlsx bad-rule-unknown-code.xlsx \
         bad-text-in-number.xlsx bad-unknown-unit.xlsx bad-year-header.xlsx external-link.xlsx kpi-zh.xls kpi-zh.ods; do
  cp src/test/resources/workbooks/$f "$files/fixture-$f"
done
cli new "$work/hc.esg" --from sample-reports/hengchuan-2024 >/dev/null
cli new "$work/qh.esg" --from sample-reports/qinghe-2024 >/dev/null
cli export-data "$work/hc.esg" -o "$files/exported-data-hengchuan.xlsx" >/dev/null
cli export-template "$work/qh.esg" --department 人力资源部 -o "$files/exported-template-hr.xlsx" >/dev/null
cp src/test/resources/office/draft/green-operations.docx "$files/wrong-kind-draft.docx"
(cd "$work" && mkdir kz && cd kz && unzip -q "$root/src/test/resources/workbooks/kpi-zh.xlsx")
cp "$work/kz/xl/worksheets/sheet1.xml" "$parts/kpi-zh-sheet1.xml"
cp "$work/kz/xl/worksheets/sheet2.xml" "$parts/kpi-zh-sheet2-rules.xml"
cp "$work/kz/xl/sharedStrings.xml" "$parts/kpi-zh-sharedStrings.xml"
cp "$work/kz/xl/workbook.xml" "$parts/kpi-zh-workbook.xml"
cp "$work/kz/xl/styles.xml" "$parts/kpi-zh-styles.xml"
(cd "$work" && mkdir ex && cd ex && unzip -q "$root/$files/exported-template-hr.xlsx")
cp "$work/ex/xl/worksheets/sheet1.xml" "$parts/template-hr-sheet1.xml"

csv=$res/office/WorkbookFuzzTestInputs/importingAnyCsvFile
mkdir -p "$csv"
cp sample-reports/hengchuan-2024/data.csv "$csv/hengchuan-data.csv"
cp sample-reports/qinghe-2024/data.csv "$csv/qinghe-data.csv"
head -4 sample-reports/qinghe-2024/data.csv > "$csv/qinghe-first-rows-data.csv"

# --- the Word draft importer: whole files, and the XML parts of a draft ----------------------------------------
files=$res/office/draft/DraftFuzzTestInputs/importingAnyDraftFile
parts=$res/office/draft/DraftFuzzTestInputs/importingADraftWithAnyPart
mkdir -p "$files" "$parts"
for f in green-operations.docx green-operations.doc green-operations.odt; do
  cp src/test/resources/office/draft/$f "$files/fixture-$f"
done
cli export-docx "$work/hc.esg" -o "$files/exported-review-copy-hengchuan-ch2.docx" --chapter 2 >/dev/null || true
cp src/test/resources/workbooks/kpi-zh.xlsx "$files/wrong-kind-workbook.xlsx"
(cd "$work" && mkdir go && cd go && unzip -q "$root/src/test/resources/office/draft/green-operations.docx")
for p in document styles footnotes numbering; do
  [ -f "$work/go/word/$p.xml" ] && cp "$work/go/word/$p.xml" "$parts/green-operations-$p.xml"
done
(cd "$work" && mkdir rc && cd rc && unzip -q "$root/$files/exported-review-copy-hengchuan-ch2.docx")
cp "$work/rc/word/document.xml" "$parts/review-copy-document.xml"

# --- the report folder: report.json, data.csv and rules.csv ----------------------------------------------------
python3 src/test/fuzz/folder-seeds.py "$res/json/ReportFolderFuzzTestInputs"
cli new "$work/blank.esg" --year 2024 --company 测试公司 >/dev/null
cli export-json "$work/blank.esg" "$work/blank" >/dev/null
cp "$work/blank/report.json" "$res/json/ReportFolderFuzzTestInputs/readingAnyReportJson/exported-blank-report.json"
echo "seeds written under $res"
