package org.esgstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.data.ValueStatus;
import org.esgstudio.i18n.Messages;
import org.esgstudio.office.template.FilledTemplate;
import org.esgstudio.store.FileState;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data-collection round of the issue's acceptance: {@code export-template} for a department of the main sample,
 * the workbook filled by a script the way a person would (numbers, text numerals, a percentage, 不适用, blanks, notes),
 * {@code import-data} updating exactly the filled values with their {@code 指标数据!cell} sources, and again with no
 * change; {@code export-data} round-tripping the whole store.
 */
class CliTemplateTest {
    @TempDir
    Path dir;

    @BeforeEach
    void chineseAndAKnownAuthor() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        System.setProperty("esgstudio.user", Samples.AUTHOR);
    }

    @AfterEach
    void forgetAuthor() {
        System.clearProperty("esgstudio.user");
    }

    @TempDir
    static Path shared;
    private static Path sample;

    @org.junit.jupiter.api.BeforeAll
    static void oneProjectFileOfTheMainSample() {
        sample = Samples.projectFile(Samples.QINGHE, shared.resolve("qinghe.esg"));
    }

    /** A fresh copy of the main sample's project file (made once: creating it takes a second). */
    private Path sampleProject() {
        try {
            return Files.copy(sample, dir.resolve("qinghe.esg"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static DataSet data(Path file) {
        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            return project.load().data();
        }
    }

    private static int revisions(Path file) {
        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            return project.history().size();
        }
    }

    private static CliRun ok(Object... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).as(run.toString()).isEmpty();
        return run;
    }

    private List<String> names() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** What a filled cell must become: amount (null for not applicable), note. */
    private record Expected(String amount, String note) {
    }

    @Test
    void aTemplateFilledLikeAPersonWouldUpdatesExactlyTheFilledValuesWithTheirCells() {
        Path project = sampleProject();
        Path template = dir.resolve("人力资源部-2024.xlsx");
        CliRun exported = ok("export-template", project, "--department", "人力资源部", "-o", template);
        assertThat(exported.out().strip()).isEqualTo("已导出 " + template + "：人力资源部2024年数据收集模板，32 项指标");

        Path returned = dir.resolve("人力资源部-2024-已填.xlsx");
        Map<String, Integer> rows = new java.util.HashMap<>();
        try (FilledTemplate filled = FilledTemplate.open(template)) {
            filled.number("S.EMP.TOTAL", 6302)
                    .text("S.EMP.MALE", "3,190")
                    .text("S.EMP.FEMALE", "３１１２")
                    .percent("S.EMP.FEMALE_RATIO", 0.4938)
                    .text("S.TRAIN.HOURS", "38.5万")
                    .text("S.TRAIN.INVESTMENT", " 1,520.40 ").note("S.TRAIN.INVESTMENT", "新增线上课程采购")
                    .text("S.TRAIN.SESSIONS", "1301")
                    .text("S.SAFETY.LOST_DAYS", "126天")
                    .text("S.EMP.NEW_HIRES.CAMPUS", "不适用").note("S.EMP.NEW_HIRES.CAMPUS", "本年度未开展校园招聘")
                    .number("S.EMP.LEAVERS", 566);
            for (String code : List.of("S.EMP.TOTAL", "S.EMP.MALE", "S.EMP.FEMALE", "S.EMP.FEMALE_RATIO",
                    "S.TRAIN.HOURS", "S.TRAIN.INVESTMENT", "S.TRAIN.SESSIONS", "S.SAFETY.LOST_DAYS",
                    "S.EMP.NEW_HIRES.CAMPUS", "S.EMP.LEAVERS")) {
                rows.put(code, filled.rowOf(code));
            }
            filled.saveAs(returned);
        }
        DataSet before = data(project);
        int revisionsBefore = revisions(project);

        CliRun imported = ok("import-data", project, returned);

        assertThat(imported.out().strip())
                .isEqualTo("已导入 " + returned + " → " + project + "：0 项指标、9 个数值、0 条校验规则有变更");
        Map<String, Expected> expected = Map.of(
                "S.EMP.TOTAL", new Expected("6302", ""),
                "S.EMP.MALE", new Expected("3190", ""),
                "S.EMP.FEMALE", new Expected("3112", ""),
                "S.EMP.FEMALE_RATIO", new Expected("49.38", ""),
                "S.TRAIN.HOURS", new Expected("385000", ""),
                "S.TRAIN.INVESTMENT", new Expected("1520.40", "新增线上课程采购"),
                "S.TRAIN.SESSIONS", new Expected("1301", ""),
                "S.SAFETY.LOST_DAYS", new Expected("126", ""),
                "S.EMP.NEW_HIRES.CAMPUS", new Expected(null, "本年度未开展校园招聘"));
        DataSet after = data(project);
        for (Map.Entry<String, Expected> entry : expected.entrySet()) {
            IndicatorValue value = after.value(entry.getKey(), 2024).orElseThrow();
            Expected want = entry.getValue();
            if (want.amount() == null) {
                assertThat(value.status()).as(entry.getKey()).isEqualTo(ValueStatus.NOT_APPLICABLE);
            } else {
                assertThat(value.amount().toPlainString()).as(entry.getKey()).isEqualTo(want.amount());
            }
            assertThat(value.note()).as(entry.getKey()).isEqualTo(want.note());
            assertThat(value.provenance().file()).isEqualTo(returned.getFileName().toString());
            assertThat(value.provenance().cell()).as(entry.getKey()).isEqualTo("指标数据!F" + rows.get(entry.getKey()));
            assertThat(value.provenance().author()).isEqualTo(Samples.AUTHOR);
        }
        List<IndicatorValue> untouched = new ArrayList<>(after.values());
        untouched.removeIf(v -> v.year() == 2024 && expected.containsKey(v.code()));
        List<IndicatorValue> was = new ArrayList<>(before.values());
        was.removeIf(v -> v.year() == 2024 && expected.containsKey(v.code()));
        assertThat(untouched).as("every other value, provenance included, as it was").containsExactlyElementsOf(was);
        assertThat(after.value("S.EMP.LEAVERS", 2024)).as("filled with the stored figure: kept with its history")
                .isEqualTo(before.value("S.EMP.LEAVERS", 2024));
        assertThat(after.value("S.EMP.TOTAL", 2023)).as("last year's column is not read")
                .isEqualTo(before.value("S.EMP.TOTAL", 2023));
        assertThat(after.indicators()).isEqualTo(before.indicators());
        assertThat(after.rules()).isEqualTo(before.rules());
        assertThat(revisions(project)).isEqualTo(revisionsBefore + 1);

        CliRun again = ok("import-data", project, returned);

        assertThat(again.out().strip()).isEqualTo("已导入 " + returned + " → " + project + "：数据相同，无变更");
        assertThat(data(project)).isEqualTo(after);
        assertThat(revisions(project)).isEqualTo(revisionsBefore + 1);
    }

    @Test
    void aChangedTemplateIsRefusedNamingTheCellAndTheProjectFileIsUntouched() throws IOException {
        Path project = sampleProject();
        Path template = dir.resolve("admin.xlsx");
        ok("export-template", project, "--department", "行政部", "-o", template);
        Path returned = dir.resolve("admin-returned.xlsx");
        try (FilledTemplate filled = FilledTemplate.open(template)) {
            filled.number("E.WATER.TOTAL", 97000).set("A9", "E.WATER.TOTALS").saveAs(returned);
        }
        FileState before = FileState.of(dir);

        CliRun run = CliRun.of("import-data", project, returned);

        assertThat(run.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("esg-studio: admin-returned.xlsx › 指标数据!A9: 指标编码应为“"
                + "E.GHG.SCOPE1”，现为“E.WATER.TOTALS”：模板的行被插入、删除、移动或编码被改动，未导入任何数据");
        assertThat(FileState.of(dir)).isEqualTo(before);
    }

    @Test
    void anUnknownDepartmentIsRefusedListingTheDepartmentsAndNothingIsWritten() throws IOException {
        Path project = sampleProject();
        List<String> before = names();

        CliRun run = CliRun.of("export-template", project, "--department", "后勤部", "-o", dir.resolve("x.xlsx"));

        assertThat(run.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).startsWith("esg-studio: " + project.toAbsolutePath() + ": 没有名为“后勤部”的部门；")
                .contains("项目中负责指标的部门有：财务部、", "人力资源部", "行政部");
        assertThat(names()).isEqualTo(before);
    }

    @Test
    void aProjectWithoutDepartmentsHasNoTemplateToExport() {
        Path blank = dir.resolve("blank.esg");
        ok("new", blank, "--company", "测试公司", "--year", "2024");

        CliRun run = CliRun.of("export-template", blank, "--department", "人力资源部", "-o", dir.resolve("x.xlsx"));

        assertThat(run.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.err()).contains("项目中没有指定负责部门的指标");
        assertThat(dir.resolve("x.xlsx")).doesNotExist();
    }

    @Test
    void aDepartmentTypedWithSpacesOrFullWidthIsFound() {
        Path project = sampleProject();

        CliRun run = ok("export-template", project, "--department", " 行政部\u3000", "-o", dir.resolve("a.xlsx"));

        assertThat(run.out()).contains("行政部2024年数据收集模板，19 项指标");
    }

    @Test
    void theTemplateIsWrittenAtomicallyReplacingAnOldOneAndLeavingNoTemporaryFile() throws IOException {
        Path project = sampleProject();
        Path output = dir.resolve("finance.xlsx");
        Files.writeString(output, "an older template");

        ok("export-template", project, "--department", "财务部", "-o", output, "--year", "2025");

        assertThat(names()).containsExactly("finance.xlsx", "qinghe.esg");
        try (FilledTemplate template = FilledTemplate.open(output)) {
            assertThat(template.data().getRow(0).getCell(5).getStringCellValue()).isEqualTo("2025年");
        }

        CliRun missing = CliRun.of("export-template", project, "--department", "财务部", "-o",
                dir.resolve("no-such-folder").resolve("f.xlsx"));

        assertThat(missing.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(missing.err()).contains("无法写入：所在文件夹").contains("不存在");
        assertThat(names()).containsExactly("finance.xlsx", "qinghe.esg");
    }

    @Test
    void exportDataThenImportIntoANewProjectGivesTheSameDataAndBackIntoTheSameChangesNothing() {
        Path project = sampleProject();
        Path book = dir.resolve("全部数据.xlsx");

        CliRun exported = ok("export-data", project, "-o", book);

        DataSet original = data(project);
        assertThat(exported.out().strip()).isEqualTo("已导出 " + book + "：" + original.indicators().size() + " 项指标、"
                + original.values().size() + " 个数值、" + original.rules().size() + " 条校验规则");
        Path fresh = dir.resolve("fresh.esg");
        ok("new", fresh, "--company", "测试公司", "--year", "2024");
        ok("import-data", fresh, book);
        DataSet copied = data(fresh);
        assertThat(copied.indicators()).containsExactlyElementsOf(original.indicators());
        assertThat(copied.rules()).containsExactlyElementsOf(original.rules());
        assertThat(copied.values()).hasSameSizeAs(original.values());
        for (IndicatorValue value : original.values()) {
            IndicatorValue copy = copied.value(value.code(), value.year()).orElseThrow();
            assertThat(copy.sameContentAs(value)).as(value.code() + "@" + value.year()).isTrue();
            assertThat(copy.amount() == null ? null : copy.amount().scale())
                    .isEqualTo(value.amount() == null ? null : value.amount().scale());
        }
        assertThat(original.indicators()).anySatisfy(i -> assertThat(i.definition().zh()).isNotEmpty());
        assertThat(original.values()).anySatisfy(v -> assertThat(v.note()).isNotEmpty());
        assertThat(original.values()).anySatisfy(v -> assertThat(v.status()).isEqualTo(ValueStatus.NOT_APPLICABLE));

        CliRun back = ok("import-data", project, book);

        assertThat(back.out().strip()).endsWith("数据相同，无变更");
        assertThat(data(project)).isEqualTo(original);
        assertThat(copied.value("E.ENERGY.INTENSITY", 2024).orElseThrow().amount()).isEqualTo(new BigDecimal("0.345"));
    }

    @Test
    void bothCommandsDescribeThemselvesAndTheirOptionsInChinese() {
        CliRun template = ok("export-template", "--help");
        CliRun data = ok("export-data", "--help");

        assertThat(template.out()).startsWith("用法：esg-studio export-template").contains("导出某部门的数据收集模板（.xlsx）")
                .containsPattern("(?m)^ +--department=NAME +部门名称（如 人力资源部）")
                .containsPattern("(?m)^ +--year=Y +填报年度（默认：报告年度）");
        assertThat(data.out()).startsWith("用法：esg-studio export-data").contains("将全部指标数据导出为指标数据工作簿（.xlsx）")
                .containsPattern("(?m)^ +-o, --output=DATA.xlsx +要写入的工作簿");
        assertThat(ok("--help").out()).containsPattern("(?m)^  export-template +导出某部门的数据收集模板")
                .containsPattern("(?m)^  export-data +将全部指标数据导出为指标数据工作簿");
    }

    @Test
    void aYearOutOfRangeIsBadUsage() {
        CliRun run = CliRun.of("export-template", sampleProject(), "--department", "行政部", "-o", dir.resolve("a.xlsx"),
                "--year", "99");

        assertThat(run.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.errLines()).hasSize(1);
        assertThat(dir.resolve("a.xlsx")).doesNotExist();
    }
}
