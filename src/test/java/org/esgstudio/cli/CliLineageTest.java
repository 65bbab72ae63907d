package org.esgstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.esgstudio.i18n.Messages;
import org.esgstudio.review.LineageFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lineage} and {@code export-evidence} on a project whose water value of 2024 went through four hands; unknown
 * values and years are bad input (exit 2, one line naming the file, nothing written).
 */
class CliLineageTest {
    @TempDir
    static Path shared;
    @TempDir
    Path dir;
    private static Path esg;

    @BeforeAll
    static void waterThroughFourHands() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        esg = LineageFixture.waterThroughFourHands(shared);
    }

    @BeforeEach
    void chinese() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void lineagePrintsTheValueNowItsEarlierValuesOldestFirstItsApprovalAndItsCitations() throws IOException {
        byte[] before = Files.readAllBytes(esg);

        CliRun run = CliRun.of("lineage", esg, "--value", LineageFixture.KEY);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.outLines();
        assertThat(lines.get(0)).isEqualTo("E.WATER.TOTAL@2024  用水量（立方米）");
        assertThat(lines).contains("当前值：98,652 立方米", "来源：用水更正.csv!D2", "录入：赵统计，2025-03-05T06:45:00Z",
                "备注：—", "批准：已撤销（批准后已改动）（李审核，2025-03-03T09:00:00Z）", "此前取值（3 个，从早到晚）：");
        int earlier = lines.indexOf("此前取值（3 个，从早到晚）：");
        assertThat(lines.get(earlier + 1)).startsWith("  1. 98,652 立方米 — 来源 ").contains("qinghe-2024/data.csv!J32")
                .contains("测试员").endsWith("「从示例 qinghe-2024 创建」");
        assertThat(lines.get(earlier + 2)).isEqualTo("  2. 98,700 立方米 — 来源 行政部.xlsx!指标数据!D2；王数据，"
                + "2025-03-03T02:00:00Z；修订 #2「导入 行政部.xlsx」；备注：" + LineageFixture.WORKBOOK_NOTE);
        assertThat(lines.get(earlier + 3)).startsWith("  3. 98,690 立方米 — 来源 在应用中录入；李编辑，2025-03-04T03:30:00Z；")
                .contains("「修改 用水量（2024年）」");
        assertThat(lines.get(earlier + 4)).startsWith("报告中引用（").endsWith(" 处）：");
        assertThat(lines.subList(earlier + 5, lines.size()))
                .anyMatch(line -> line.contains("（ch2-s4-p6）：98,652立方米，已核实，待批准"))
                .allMatch(line -> line.startsWith("  "));
        assertThat(Files.readAllBytes(esg)).as("read-only").isEqualTo(before);
    }

    @Test
    void lineageAsJsonHasTheSameFactsForScripts() throws IOException {
        CliRun run = CliRun.of("lineage", esg, "--value", LineageFixture.KEY, "--json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("value").asText()).isEqualTo(LineageFixture.KEY);
        assertThat(json.get("indicator").get("unit").asText()).isEqualTo("立方米");
        assertThat(json.get("current").get("amount").asText()).isEqualTo("98652");
        assertThat(json.get("current").get("file").asText()).isEqualTo("用水更正.csv");
        assertThat(json.get("current").get("cell").asText()).isEqualTo("D2");
        assertThat(json.get("current").get("by").asText()).isEqualTo("赵统计");
        assertThat(json.get("changes").asInt()).isEqualTo(4);
        JsonNode earlier = json.get("earlier");
        assertThat(earlier).hasSize(3);
        assertThat(earlier.get(0).get("value").get("amount").asText()).isEqualTo("98652");
        assertThat(earlier.get(1).get("value").get("cell").asText()).isEqualTo("指标数据!D2");
        assertThat(earlier.get(1).get("value").get("note").asText()).isEqualTo(LineageFixture.WORKBOOK_NOTE);
        assertThat(earlier.get(2).get("value").get("typed").asBoolean()).isTrue();
        assertThat(earlier.get(2).get("value").get("file").isNull()).isTrue();
        assertThat(earlier.get(2).get("summary").asText()).isEqualTo("修改 用水量（2024年）");
        assertThat(json.get("approval").get("state").asText()).isEqualTo("revoked");
        assertThat(json.get("approval").get("reviewer").asText()).isEqualTo("李审核");
        assertThat(json.get("citations").findValuesAsText("blockId")).contains("ch2-s4-p6");
    }

    @Test
    void anUnknownIndicatorIsBadInputNamingTheFileAndTheCode() {
        CliRun run = CliRun.of("lineage", esg, "--value", "E.WATER.TOTL@2024");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .isEqualTo("esg-studio: " + esg.toAbsolutePath() + ": 指标库中没有指标“E.WATER.TOTL”（指标编码见 info 或数据页）");
    }

    @Test
    void aYearWithoutValueIsBadInputNamingTheFileTheCodeAndTheYear() {
        CliRun run = CliRun.of("lineage", esg, "--value", "E.WATER.TOTAL@2019");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString()
                .isEqualTo("esg-studio: " + esg.toAbsolutePath() + ": 指标 E.WATER.TOTAL 没有 2019 年的数值，也从未录入过");
    }

    @Test
    void aValueWithoutItsYearIsAUsageError() {
        for (String value : List.of("E.WATER.TOTAL", "@2024", "E.WATER.TOTAL@二〇二四")) {
            CliRun run = CliRun.of("lineage", esg, "--value", value);

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(Cli.BAD_INPUT);
            assertThat(run.errLines()).singleElement().asString().contains("--value").contains(value)
                    .contains("esg-studio lineage --help");
        }
    }

    @Test
    void exportEvidenceWritesTheWorkbookAndSaysWhatItHolds() throws IOException {
        Path xlsx = dir.resolve("证据清单.xlsx");

        CliRun run = CliRun.of("export-evidence", esg, "-o", xlsx);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).singleElement().asString().startsWith("已导出证据清单 " + xlsx.toAbsolutePath() + "：")
                .containsPattern("：\\d+ 个指标值（2024 年与 2023 年），\\d+ 条变更记录$");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheet("证据清单").getLastRowNum()).isPositive();
            assertThat(book.getSheet("变更记录").getLastRowNum()).isPositive();
        }
    }

    @Test
    void exportEvidenceForAnEarlierYearCoversThatYearAndTheOneBefore() {
        Path xlsx = dir.resolve("2023.xlsx");

        CliRun run = CliRun.of("export-evidence", esg, "-o", xlsx, "--year", "2023");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("（2023 年与 2022 年）");
        assertThat(xlsx).exists();
    }

    @Test
    void exportEvidenceRefusesAYearWithoutValuesAndABadTargetWritingNothing() {
        Path xlsx = dir.resolve("e.xlsx");

        CliRun noValues = CliRun.of("export-evidence", esg, "-o", xlsx, "--year", "1990");
        CliRun badYear = CliRun.of("export-evidence", esg, "-o", xlsx, "--year", "24");
        CliRun noFolder = CliRun.of("export-evidence", esg, "-o", dir.resolve("missing/e.xlsx"));

        assertThat(noValues.exitCode()).as(noValues.toString()).isEqualTo(Cli.BAD_INPUT);
        assertThat(noValues.errLines()).singleElement().asString().isEqualTo("esg-studio: " + esg.toAbsolutePath()
                + ": 没有 1990 年或 1989 年的指标值，没有证据清单可导出");
        assertThat(badYear.exitCode()).as(badYear.toString()).isEqualTo(Cli.BAD_INPUT);
        assertThat(badYear.err()).contains("--year").contains("24");
        assertThat(noFolder.exitCode()).as(noFolder.toString()).isEqualTo(Cli.BAD_INPUT);
        assertThat(noFolder.err()).contains(dir.resolve("missing").toString());
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void bothCommandsAreListedWithTheirDescriptions() {
        CliRun run = CliRun.of("--help");

        assertThat(run.out()).containsPattern("(?m)^  lineage +数据溯源：")
                .containsPattern("(?m)^  export-evidence +导出证据清单");
        assertThat(CliRun.of("lineage", "--help").out()).contains("--value=CODE@YEAR").contains("--json");
    }
}
