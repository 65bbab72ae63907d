package org.esgstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.esgstudio.i18n.Messages;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code validate FILE.esg [--json] [--year Y]} on the planted-error fixture (a report folder and a KPI workbook
 * written by LibreOffice, see src/test/resources/validation/planted/README.md) and on both sample reports.
 */
class CliValidateTest {
    private static final Path PLANTED = Path.of("src/test/resources/validation/planted");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static Path planted;
    private static JsonNode plantedJson;

    @BeforeAll
    static void theFixtureProjectWithItsWorkbookImported() throws Exception {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        System.setProperty("esgstudio.user", Samples.AUTHOR);
        planted = dir.resolve("planted.esg");
        CliRun created = CliRun.of("new", planted, "--from", PLANTED.resolve("report"));
        assertThat(created.exitCode()).as(created.toString()).isZero();
        CliRun imported = CliRun.of("import-data", planted, PLANTED.resolve("kpi.xlsx"));
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        CliRun validated = CliRun.of("validate", planted, "--json");
        assertThat(validated.exitCode()).as(validated.toString()).isEqualTo(Cli.REPORT_HAS_ERRORS);
        plantedJson = JSON.readTree(validated.out());
        System.clearProperty("esgstudio.user");
    }

    @BeforeEach
    void chinese() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void backToChinese() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    private static List<JsonNode> findings(JsonNode json) {
        List<JsonNode> list = new ArrayList<>();
        json.get("findings").forEach(list::add);
        return list;
    }

    private static List<JsonNode> plantedOf(String kind) {
        return findings(plantedJson).stream().filter(f -> f.get("kind").asText().equals(kind)).toList();
    }

    @Test
    void everyPlantedErrorIsFoundOnceWhereItWasPlanted() {
        assertThat(plantedOf("mismatch")).extracting(f -> f.get("text").asText(), f -> f.get("expected").asText(),
                f -> f.get("indicator").asText(), f -> f.get("blockId").asText())
                .containsExactly(tuple("971次", "917次", "S.CP.REVIEWS", "hl"));
        assertThat(plantedOf("crossref")).extracting(f -> f.get("indicator").asText())
                .containsExactly("S.CP.REVIEWS");
        assertThat(plantedOf("crossref").get(0).get("message").asText()).contains("971次", "917次");
        assertThat(plantedOf("growth")).extracting(f -> f.get("text").asText(), f -> f.get("expected").asText(),
                f -> f.get("blockId").asText()).containsExactly(tuple("20.5%", "24.9%", "p-energy"));
        assertThat(plantedOf("rule")).extracting(f -> f.get("year").asInt(), f -> f.get("indicator").asText())
                .containsExactly(tuple(2023, "S.EMP.TOTAL"));
        assertThat(plantedOf("yoy")).extracting(f -> f.get("indicator").asText()).containsExactly("E.WATER");
        assertThat(plantedOf("share")).extracting(f -> f.get("text").asText(), f -> f.get("blockId").asText())
                .containsExactly(tuple("99.3%", "t-mix"));
        assertThat(plantedOf("ambiguous")).extracting(f -> f.get("blockId").asText()).containsExactly("p-coverage");
        assertThat(plantedOf("translation")).extracting(f -> f.get("blockId").asText())
                .containsExactly("p-untranslated");
        assertThat(plantedOf("unverified")).extracting(f -> f.get("text").asText()).contains("38场");
    }

    @Test
    void noTrapIsFlagged() {
        List<String> flagged = findings(plantedJson).stream()
                .filter(f -> !f.get("kind").asText().equals("unverified"))
                .map(f -> f.get("blockId").asText() + " " + f.get("text").asText()).toList();

        assertThat(flagged).containsExactlyInAnyOrder("hl 971次", "hl 971次", "p-energy 20.5%",
                "null 1,100", "null 214,348.00吨", "t-mix 99.3%", "p-coverage 100%",
                "p-untranslated 员工总数1,200人。");
        assertThat(findings(plantedJson)).noneMatch(f -> f.get("blockId").asText().equals("p-traps")
                || f.get("blockId").asText().equals("p-premium") || f.get("blockId").asText().equals("p-nev"));
    }

    @Test
    void theSummaryCountsTheFigures() {
        JsonNode summary = plantedJson.get("summary");

        assertThat(summary.get("figures").asInt()).isEqualTo(15);
        assertThat(summary.get("verified").asInt()).isEqualTo(9);
        assertThat(summary.get("mismatches").asInt()).isEqualTo(2);
        assertThat(summary.get("unverified").asInt()).isEqualTo(4);
        assertThat(summary.get("ruleViolations").asInt()).isEqualTo(1);
        assertThat(summary.get("warnings").asInt()).isEqualTo(4);
    }

    @Test
    void everyFindingHasTheFieldsOfTheContractWithNullsWritten() {
        List<String> fields = List.of("severity", "kind", "indicator", "year", "text", "expected", "message",
                "location", "blockId");
        for (JsonNode finding : findings(plantedJson)) {
            List<String> names = new ArrayList<>();
            finding.fieldNames().forEachRemaining(names::add);
            assertThat(names).as(finding.toString()).containsExactlyElementsOf(fields);
            assertThat(finding.get("severity").asText()).isIn("error", "warning", "info");
            assertThat(finding.get("message").asText()).isNotBlank();
        }
        JsonNode share = plantedOf("share").get(0);
        assertThat(share.get("indicator").isNull()).isTrue();
        assertThat(share.get("year").isNull()).isTrue();
        assertThat(plantedOf("rule").get(0).get("blockId").isNull()).isTrue();
    }

    @Test
    void theReadableReportGroupsFindingsByChapterInReportOrderWithDataLast() {
        CliRun run = CliRun.of("validate", planted);

        assertThat(run.exitCode()).isEqualTo(Cli.REPORT_HAS_ERRORS);
        List<String> chapters = run.outLines().stream().filter(line -> line.startsWith("■ ")).toList();
        assertThat(chapters).containsExactly("■ 亮点绩效", "■ 01 核对测试", "■ 数据与规则");
        assertThat(run.out()).contains("错误 “971次”与数据中的“消保审查次数”", "应为 24.9%", "〔1.1 经营与客户 › 段落 ")
                .doesNotContain("38场");
        assertThat(run.outLines().get(run.outLines().size() - 1))
                .isEqualTo("共 15 个数字：9 个已核实，2 个不一致，4 个无法核对；1 条规则不成立；4 条提示");
    }

    @Test
    void theReadableReportIsInEnglishWhenAskedFor() {
        Messages.setLocale(Locale.ENGLISH);
        CliRun run = CliRun.of("validate", planted);

        assertThat(run.out()).contains("■ Data and rules", "15 figures: 9 verified, 2 mismatched");
    }

    @Test
    void anotherYearIsCheckedAgainstThatYearsValues() throws Exception {
        CliRun run = CliRun.of("validate", planted, "--json", "--year", "2023");
        JsonNode json = JSON.readTree(run.out());

        assertThat(findings(json)).noneMatch(f -> f.get("kind").asText().equals("yoy"));
        // Running text speaks of the year checked; the highlight tile is bound to 2024 and stays so.
        assertThat(findings(json)).filteredOn(f -> f.get("kind").asText().equals("mismatch"))
                .extracting(f -> f.get("blockId").asText(), f -> f.get("year").asInt())
                .contains(tuple("hl", 2024), tuple("p-reviews", 2023), tuple("p-untranslated", 2023))
                .filteredOn(t -> !"hl".equals(t.toList().get(0))).allMatch(t -> t.toList().get(1).equals(2023));
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.QINGHE, Samples.HENGCHUAN})
    void bothSamplesValidateWithoutErrors(String sample) throws Exception {
        Path project = Samples.projectFile(sample, dir.resolve(sample + ".esg"));

        CliRun run = CliRun.of("validate", project, "--json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Cli.OK);
        JsonNode json = JSON.readTree(run.out());
        assertThat(findings(json)).filteredOn(f -> f.get("severity").asText().equals("error")).isEmpty();
        assertThat(json.get("summary").get("mismatches").asInt()).isZero();
        assertThat(json.get("summary").get("verified").asInt()).isGreaterThan(150);
    }

    @Test
    void theBenchmarkTimesAWholeValidationAndAParagraphEdit() {
        CliRun run = CliRun.of("bench", planted, "--validate", "--runs", "2", "--warmup", "0");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("15 figures (9 verified)", "validate whole report    median",
                "one paragraph edited (p-premium, 2 figures)");
    }

    @Test
    void aMissingProjectIsABadInputNamingTheFile() {
        CliRun run = CliRun.of("validate", dir.resolve("nowhere.esg"));

        assertThat(run.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.err()).contains("nowhere.esg");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingArgumentIsAUsageError() {
        assertThat(CliRun.of("validate").exitCode()).isEqualTo(Cli.BAD_INPUT);
    }
}
