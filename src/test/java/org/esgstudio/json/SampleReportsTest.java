package org.esgstudio.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.Project;
import org.esgstudio.data.Rule;
import org.esgstudio.data.RuleEvaluation;
import org.esgstudio.model.Block;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.ChapterKind;
import org.esgstudio.model.KpiTable;
import org.esgstudio.model.Language;
import org.esgstudio.model.Location;
import org.esgstudio.model.Part;
import org.esgstudio.model.Report;
import org.esgstudio.model.ReportStatistics;
import org.esgstudio.model.ReportVisitor;
import org.esgstudio.model.ReportWalk;
import org.esgstudio.model.TableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled samples are what issue 2 promises: a complete main report and a second one built differently. */
class SampleReportsTest {
    private static Project main;
    private static Project second;

    @BeforeAll
    static void read() {
        main = ReportFolder.read(Path.of("sample-reports/qinghe-2024"), "test", Instant.EPOCH);
        second = ReportFolder.read(Path.of("sample-reports/hengchuan-2024"), "test", Instant.EPOCH);
    }

    @Test
    void theMainSampleUsesEveryPartAndBlockTypeOfTheModel() {
        Set<Class<?>> used = new HashSet<>();
        ReportWalk.walk(main.report(), new ReportVisitor() {
            @Override
            public void part(Part part, Location location) {
                used.add(part.getClass());
            }

            @Override
            public void block(Block block, Location location) {
                used.add(block.getClass());
            }
        });

        assertThat(used).contains(Block.class.getPermittedSubclasses());
        for (Class<?> partKind : Part.class.getPermittedSubclasses()) {
            assertThat(used).contains(partKind.getPermittedSubclasses());
        }
    }

    @Test
    void theMainSampleIsAFullSizedReport() {
        ReportStatistics stats = ReportStatistics.of(main.report());

        assertThat(stats.chapters()).isGreaterThanOrEqualTo(5);
        assertThat(stats.sections()).isGreaterThanOrEqualTo(16);
        assertThat(stats.caseStudies()).isGreaterThanOrEqualTo(12);
        assertThat(stats.hanCharacters()).isGreaterThanOrEqualTo(25_000);
        assertThat(stats.footnotes()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void theMainKpiTableHoldsSixtyIndicatorsWithValuesForBothYears() {
        KpiTable kpi = main.report().back().stream().filter(KpiTable.class::isInstance).map(KpiTable.class::cast)
                .findFirst().orElseThrow();
        List<String> complete = new ArrayList<>();
        for (TableRow row : kpi.rows()) {
            boolean both = kpi.years().stream().allMatch(year -> main.data().value(row.indicator(), year)
                    .map(value -> value.isReported()).orElse(false));
            if (both) {
                complete.add(row.indicator());
            }
        }

        assertThat(kpi.years()).containsExactly(2024, 2023);
        assertThat(complete).hasSizeGreaterThanOrEqualTo(60);
    }

    @Test
    void everyRuleOfTheMainSampleHoldsForBothYearsSoItsPartsAddUpToTheirTotals() {
        assertThat(main.data().rules()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(main.data().rules()).extracting(Rule::expression)
                .anyMatch(expression -> expression.startsWith("S.EMP.TOTAL = "));
        assertRulesHold(main.data(), List.of(2024, 2023));
    }

    @Test
    void everyRuleOfTheSecondSampleHoldsForItsThreeYears() {
        assertRulesHold(second.data(), List.of(2024, 2023, 2022));
    }

    private static void assertRulesHold(DataSet data, List<Integer> years) {
        int checked = 0;
        for (Rule rule : data.rules()) {
            for (int year : years) {
                RuleEvaluation evaluation = RuleEvaluation.of(rule, year, data).orElseThrow(() ->
                        new AssertionError(rule.name() + " has nothing to check in " + year));
                assertThat(evaluation.holds()).as("%s in %d: %s = %s, right side %s", rule.name(), year,
                        evaluation.left(), rule.expression(), evaluation.right()).isTrue();
                checked++;
            }
        }
        assertThat(checked).isEqualTo(data.rules().size() * years.size());
    }

    @Test
    void theLetterTheHighlightsAndChapterOneAreInEnglishThroughout() {
        Report report = main.report();
        JsonNode tree = JsonMapping.mapper().valueToTree(ReportDocument.of(report));
        List<String> missing = new ArrayList<>();
        for (JsonNode part : tree.get("front")) {
            String type = part.get("type").asText();
            if (type.equals("letter") || type.equals("highlights")) {
                missingEnglish(part, type, missing);
            }
        }
        missingEnglish(tree.get("chapters").get(0), "chapter 1", missing);

        assertThat(report.settings().languages()).contains(Language.EN);
        assertThat(missing).isEmpty();
    }

    /** Every localized text (an object with "zh") below the node must have a non-empty "en". */
    private static void missingEnglish(JsonNode node, String where, List<String> missing) {
        if (node.isObject() && node.has("zh") && (!node.has("en") || node.get("en").asText().isBlank())) {
            missing.add(where + ": " + node.get("zh").asText());
        }
        node.forEach(child -> missingEnglish(child, where, missing));
    }

    @Test
    void theSecondSampleExercisesTheModelDifferently() {
        Report report = second.report();

        assertThat(report.settings().company().zh()).isNotEqualTo(main.report().settings().company().zh());
        assertThat(report.settings().numberedSections()).isFalse();
        assertThat(report.settings().comparisonYears()).hasSize(2);
        assertThat(report.settings().languages()).containsExactly(Language.ZH);
        assertThat(report.chapters()).extracting(Chapter::kind).contains(ChapterKind.FEATURE);
        assertThat(report.front()).hasSizeLessThan(main.report().front().size());
        assertThat(second.data().hasIndicator("E.WW.TREATED")).isTrue();
        assertThat(second.data().hasIndicator("EC.PREMIUM.TOTAL")).isFalse();
        assertThat(second.data().years()).containsExactly(2024, 2023, 2022);
    }
}
