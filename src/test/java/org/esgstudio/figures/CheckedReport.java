package org.esgstudio.figures;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.data.Provenance;
import org.esgstudio.data.Rule;
import org.esgstudio.model.Block;
import org.esgstudio.model.CaseStudy;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.ChapterKind;
import org.esgstudio.model.Figure;
import org.esgstudio.model.Language;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.Qualifier;
import org.esgstudio.model.Report;
import org.esgstudio.model.ReportSettings;
import org.esgstudio.model.Section;
import org.esgstudio.model.TextRow;
import org.esgstudio.model.TextTable;
import org.esgstudio.model.Tiles;

/**
 * A small hand-made report and data store for checking the validator: indicators with values, rules, and blocks in
 * one chapter ("01 核对") of a 2024 report published in Chinese and English. Paragraphs get an English text unless
 * {@link #untranslated} is used, so that only the translation check's tests see missing English.
 */
final class CheckedReport {
    private static final Provenance TYPED = Provenance.typed("测试", Instant.parse("2025-03-01T00:00:00Z"));
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<IndicatorValue> values = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private final List<Block> blocks = new ArrayList<>();
    private List<Language> languages = List.of(Language.ZH, Language.EN);
    private int next;

    /** An indicator with values "2023=…", "2024=…" (a value may carry a note: "2024=5000|新园区投用"). */
    CheckedReport indicator(String code, String name, String unit, int decimals, String... yearValues) {
        return indicator(code, name, List.of(), unit, decimals, yearValues);
    }

    CheckedReport indicator(String code, String name, List<String> aliases, String unit, int decimals,
                            String... yearValues) {
        indicators.add(new Indicator(code, LocalizedText.of(name, ""), aliases, unit, decimals, "", "", "", List.of()));
        for (String yearValue : yearValues) {
            String[] parts = yearValue.split("[=|]", 3);
            values.add(IndicatorValue.reported(code, Integer.parseInt(parts[0]), new BigDecimal(parts[1]),
                    parts.length > 2 ? parts[2] : "", TYPED));
        }
        return this;
    }

    CheckedReport rule(String name, String expression) {
        rules.add(new Rule(name, expression));
        return this;
    }

    CheckedReport paragraph(String zh) {
        blocks.add(new Paragraph("p" + (++next), LocalizedText.of(zh, "English text."), List.of()));
        return this;
    }

    CheckedReport untranslated(String zh) {
        blocks.add(new Paragraph("p" + (++next), LocalizedText.of(zh, ""), List.of()));
        return this;
    }

    CheckedReport chineseOnly() {
        languages = List.of(Language.ZH);
        return this;
    }

    /** A text table: first row the headers, then the rows, cells separated by "|". */
    CheckedReport textTable(String title, String... rows) {
        List<LocalizedText> columns = cells(rows[0]);
        List<TextRow> body = new ArrayList<>();
        for (int i = 1; i < rows.length; i++) {
            body.add(new TextRow("r" + i, cells(rows[i])));
        }
        blocks.add(new TextTable("t" + (++next), LocalizedText.of(title, "Table"), columns, body, List.of()));
        return this;
    }

    /** A highlight tile bound to an indicator, printing {@code value}{@code unit}. */
    CheckedReport boundTile(String label, String value, String unit, String indicator) {
        blocks.add(new Tiles("h" + (++next), LocalizedText.of("亮点", "Highlights"), List.of(
                new Figure("f" + next, LocalizedText.of(value, value), LocalizedText.of(unit, unit),
                        LocalizedText.of(label, "Label"), Qualifier.NONE, indicator, 2024, List.of()))));
        return this;
    }

    /** A case study whose body is one paragraph. */
    CheckedReport caseStudy(String title, String body) {
        Paragraph paragraph = new Paragraph("p" + (++next), LocalizedText.of(body, "English text."), List.of());
        blocks.add(new CaseStudy("c" + next, LocalizedText.of(title, "Case"), List.of(paragraph), null, null));
        return this;
    }

    private static List<LocalizedText> cells(String row) {
        return Arrays.stream(row.split("\\|")).map(cell -> LocalizedText.of(cell, cell)).toList();
    }

    DataSet data() {
        return new DataSet(indicators, values, rules);
    }

    Report report() {
        ReportSettings settings = new ReportSettings(LocalizedText.of("测试财产保险股份有限公司", "Test P&C"),
                LocalizedText.of("测试财险", "Test"), 2024, List.of(2023), LocalizedText.of("2024年ESG报告", "ESG Report"),
                languages, "default", true);
        Section section = new Section("s1", LocalizedText.of("核对", "Checks"), blocks);
        Chapter chapter = new Chapter("ch1", ChapterKind.CHAPTER, LocalizedText.of("核对", "Checks"), null, null,
                List.of(section));
        return new Report(settings, List.of(), List.of(chapter), List.of());
    }

    ValidationReport validate() {
        return Validator.validate(report(), data(), 2024);
    }

    ValidationReport validate(ValidationOptions options) {
        return Validator.validate(report(), data(), 2024, options);
    }

    List<Finding> findings(FindingKind kind) {
        return validate().findings().stream().filter(f -> f.kind() == kind).toList();
    }

    /** Findings other than unverified figures and missing English: what would alarm a reviewer. */
    List<Finding> alarms() {
        return validate().findings().stream()
                .filter(f -> f.kind() != FindingKind.UNVERIFIED && f.kind() != FindingKind.TRANSLATION).toList();
    }
}
