package org.esgstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.esgstudio.data.DataMerge;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.data.Provenance;
import org.esgstudio.data.Rule;
import org.esgstudio.data.ValueStatus;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.office.TestWorkbooks;
import org.esgstudio.store.Change;
import org.esgstudio.store.FileState;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.store.Revision;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code import-data FILE.esg BOOK.xlsx|DATA.csv}: all or nothing, one revision, every problem with its cell. */
class CliImportDataTest {
    private static final String NOT_A_NUMBER = "不是数字（不适用请填 -、—、/ 或 不适用，未报告请留空）";

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

    private Path blankProject(String name) {
        Path file = dir.resolve(name);
        CliRun run = CliRun.of("new", file, "--company", "测试公司", "--year", "2024");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return file;
    }

    private static DataSet data(Path file) {
        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            return project.load().data();
        }
    }

    private static List<Revision> history(Path file) {
        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            return project.history();
        }
    }

    private static IndicatorValue value(DataSet data, String code, int year) {
        return data.value(code, year).orElseThrow(() -> new AssertionError("no value " + code + "@" + year));
    }

    private static String amount(DataSet data, String code, int year) {
        return value(data, code, year).amount().toPlainString();
    }

    private static CliRun imported(Path file, Path book) {
        CliRun run = CliRun.of("import-data", file, book);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).as(run.toString()).isEmpty();
        return run;
    }

    // ---- good workbooks ----

    @Test
    void theChineseWorkbookImportsEveryValueExactlyWithItsCell() {
        Path file = blankProject("p.esg");
        Path book = TestWorkbooks.fixture("kpi-zh.xlsx");

        CliRun run = imported(file, book);

        assertThat(run.outLines()).containsExactly("已导入 " + book + " → " + file + "：12 项指标、24 个数值、2 条校验规则有变更");
        DataSet data = data(file);
        String video = DataMerge.resolver(DataSet.empty()).codeFor("视频会议", List.of("视频会议场次"));
        assertThat(data.indicators()).extracting(Indicator::code).containsExactly("S.EMP.TOTAL", "S.EMP.MALE",
                "S.EMP.FEMALE", "S.EMP.FEMALE_RATIO", "S.TRAIN.HOURS_PER_CAPITA", "S.TRAIN.INVESTMENT",
                "S.COMM.VOLUNTEER_HOURS", "S.TRAIN.SESSIONS", video, "S.TRAIN.COVERAGE", "E.ENERGY.SOLAR",
                "G.BOARD.MEMBERS");
        assertThat(data.indicator("S.EMP.TOTAL").orElseThrow()).isEqualTo(new Indicator("S.EMP.TOTAL",
                LocalizedText.zh("员工总数"), List.of("员工总人数", "在职员工人数"), "人", 0, "社会", "人力资源部", "HR系统",
                List.of()));
        assertThat(data.indicator("S.EMP.FEMALE").orElseThrow().category()).as("merged category cell").isEqualTo("社会");
        assertThat(amount(data, "S.EMP.TOTAL", 2024)).as("the formula =H3+H4").isEqualTo("6258");
        assertThat(amount(data, "S.EMP.TOTAL", 2023)).isEqualTo("6012");
        assertThat(amount(data, "S.EMP.FEMALE_RATIO", 2024)).isEqualTo("49.31");
        assertThat(amount(data, "S.TRAIN.HOURS_PER_CAPITA", 2024)).as("decimals kept").isEqualTo("55.80");
        assertThat(data.indicator("S.TRAIN.HOURS_PER_CAPITA").orElseThrow().decimals()).isEqualTo(2);
        assertThat(amount(data, "S.TRAIN.INVESTMENT", 2024)).isEqualTo("1486.30");
        assertThat(amount(data, "S.COMM.VOLUNTEER_HOURS", 2024)).as("text 10,745").isEqualTo("10745");
        assertThat(amount(data, "S.TRAIN.SESSIONS", 2024)).as("full-width １２８６").isEqualTo("1286");
        assertThat(amount(data, video, 2024)).isEqualTo("18426");
        assertThat(amount(data, "S.TRAIN.COVERAGE", 2024)).as("0.9986 as 0.00%").isEqualTo("99.86");
        assertThat(value(data, "E.ENERGY.SOLAR", 2023).status()).isEqualTo(ValueStatus.NOT_APPLICABLE);
        assertThat(value(data, "E.ENERGY.SOLAR", 2024).amount()).isEqualTo(new BigDecimal("16.84"));
        assertThat(value(data, "S.TRAIN.HOURS_PER_CAPITA", 2024).note()).isEqualTo("线上课程增加");
        assertThat(value(data, "S.TRAIN.HOURS_PER_CAPITA", 2023).note()).as("备注 is the newest year's").isEmpty();
        assertThat(value(data, "G.BOARD.MEMBERS", 2024).note()).isEqualTo("2024年6月增选一名女性独立董事");
        assertThat(data.values()).hasSize(24);
        Provenance provenance = value(data, "S.EMP.TOTAL", 2024).provenance();
        assertThat(provenance.file()).isEqualTo("kpi-zh.xlsx");
        assertThat(provenance.cell()).isEqualTo("指标数据!H2");
        assertThat(provenance.author()).isEqualTo(Samples.AUTHOR);
        assertThat(value(data, "S.TRAIN.SESSIONS", 2024).provenance().place()).isEqualTo("kpi-zh.xlsx!指标数据!H9");
        assertThat(value(data, "E.ENERGY.SOLAR", 2023).provenance().cell()).isEqualTo("指标数据!I13");
        assertThat(data.rules()).containsExactly(new Rule("员工按性别合计", "S.EMP.TOTAL = S.EMP.MALE + S.EMP.FEMALE"),
                new Rule("女性员工占比", "S.EMP.FEMALE_RATIO = S.EMP.FEMALE / S.EMP.TOTAL * 100"));
        List<Revision> history = history(file);
        assertThat(history).hasSize(2);
        assertThat(history.get(1).summary()).isEqualTo("导入数据 kpi-zh.xlsx");
        assertThat(history.get(1).author()).isEqualTo(Samples.AUTHOR);
    }

    @Test
    void theEnglishWorkbookGivesTheSameDataFromItsOwnSheets() {
        Path zh = blankProject("zh.esg");
        Path en = blankProject("en.esg");
        imported(zh, TestWorkbooks.fixture("kpi-zh.xlsx"));

        CliRun run = imported(en, TestWorkbooks.fixture("kpi-en.xlsx"));

        assertThat(run.out()).contains("12 项指标、24 个数值、2 条校验规则有变更");
        DataSet fromZh = data(zh);
        DataSet fromEn = data(en);
        assertThat(fromEn.indicators()).isEqualTo(fromZh.indicators());
        assertThat(fromEn.rules()).isEqualTo(fromZh.rules());
        assertThat(fromEn.values()).hasSameSizeAs(fromZh.values());
        for (IndicatorValue value : fromZh.values()) {
            IndicatorValue other = value(fromEn, value.code(), value.year());
            assertThat(other.sameContentAs(value)).as(value.code() + "@" + value.year()).isTrue();
            assertThat(other.provenance().file()).isEqualTo("kpi-en.xlsx");
            assertThat(other.provenance().cell()).isEqualTo(value.provenance().cell().replace("指标数据!", "Data!"));
        }
    }

    @Test
    void reimportingTheSameWorkbookChangesNothingAndRecordsNoRevision() {
        Path file = blankProject("p.esg");
        Path book = TestWorkbooks.fixture("kpi-zh.xlsx");
        imported(file, book);
        FileState before = FileState.of(dir);

        CliRun again = imported(file, book);

        assertThat(again.outLines()).containsExactly("已导入 " + book + " → " + file + "：数据相同，无变更");
        assertThat(history(file)).hasSize(2);
        assertThat(FileState.of(dir)).as("the project file is not even opened for writing").isEqualTo(before);
    }

    @Test
    void aCopyWithOneValueChangedUpdatesExactlyThatValueInOneRevision() {
        Path file = blankProject("p.esg");
        imported(file, TestWorkbooks.fixture("kpi-zh.xlsx"));
        Path edited = TestWorkbooks.withNumber(TestWorkbooks.fixture("kpi-zh.xlsx"), dir.resolve("kpi-zh-v2.xlsx"),
                "指标数据", "I7", 1320.5);

        CliRun run = imported(file, edited);

        assertThat(run.outLines()).containsExactly("已导入 " + edited + " → " + file + "：0 项指标、1 个数值、0 条校验规则有变更");
        List<Revision> history = history(file);
        assertThat(history).hasSize(3);
        Revision revision = history.get(2);
        assertThat(revision.summary()).isEqualTo("导入数据 kpi-zh-v2.xlsx");
        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            assertThat(project.changes(revision.id())).extracting(Change::entity, Change::entityId, Change::op)
                    .containsExactly(tuple("value", "S.TRAIN.INVESTMENT@2023", "update"));
        }
        DataSet data = data(file);
        assertThat(amount(data, "S.TRAIN.INVESTMENT", 2023)).as("the cell's 0.00 format").isEqualTo("1320.50");
        assertThat(value(data, "S.TRAIN.INVESTMENT", 2023).provenance().place())
                .isEqualTo("kpi-zh-v2.xlsx!指标数据!I7");
        assertThat(value(data, "S.TRAIN.INVESTMENT", 2024).provenance().file())
                .as("an unchanged value keeps where it came from").isEqualTo("kpi-zh.xlsx");
    }

    @Test
    void rowsWithoutACodeAreMatchedToTheStoreByName() {
        Path file = Samples.projectFile(Samples.QINGHE, dir.resolve("q.esg"));
        IndicatorValue videoBefore = value(data(file), "E.OFFICE.VIDEO_CONFERENCES", 2024);

        imported(file, TestWorkbooks.fixture("kpi-zh.xlsx"));

        DataSet data = data(file);
        assertThat(data.indicators()).extracting(Indicator::code).noneMatch(code -> code.startsWith("X."));
        assertThat(value(data, "E.OFFICE.VIDEO_CONFERENCES", 2024)).as("same figure: untouched").isEqualTo(videoBefore);
        assertThat(amount(data, "S.COMM.VOLUNTEER_HOURS", 2024)).isEqualTo("10745");
        assertThat(data.rules()).contains(new Rule("员工按性别合计", "S.EMP.TOTAL = S.EMP.MALE + S.EMP.FEMALE"));
        assertThat(data.rules()).as("both rules replace the sample's rules of the same name")
                .hasSameSizeAs(Samples.read(Samples.QINGHE).data().rules());
    }

    @Test
    void aWorkbookWrittenByPoiImports() {
        Path file = blankProject("p.esg");
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("填报说明", List.of(List.of("请在“指标数据”表中填写")));
        sheets.put("指标数据", List.of(
                List.of("指标编码", "指标名称", "单位", "2024", "2023"),
                List.of("E.GHG.SCOPE1", "温室气体排放量（范围一）", "吨二氧化碳当量", new TestWorkbooks.Formatted(904.17, "#,##0.00"),
                        new TestWorkbooks.Formatted(1015.4, "0.00")),
                List.of("E.GHG.SCOPE2", "温室气体排放量（范围二）", "吨二氧化碳当量", 7290.46, 7524.04),
                List.of("E.GHG.TOTAL", "温室气体排放总量", "吨二氧化碳当量", "=D2+D3", "=E2+E3")));
        sheets.put("校验规则", List.of(List.of("规则名称", "表达式"),
                List.of("范围合计", "E.GHG.TOTAL = E.GHG.SCOPE1 + E.GHG.SCOPE2")));
        Path book = TestWorkbooks.written(dir.resolve("ghg.xlsx"), sheets);

        CliRun run = imported(file, book);

        assertThat(run.outLines()).containsExactly("已导入 " + book + " → " + file + "：3 项指标、6 个数值、1 条校验规则有变更");
        DataSet data = data(file);
        assertThat(amount(data, "E.GHG.SCOPE1", 2024)).isEqualTo("904.17");
        assertThat(amount(data, "E.GHG.SCOPE1", 2023)).isEqualTo("1015.40");
        assertThat(amount(data, "E.GHG.TOTAL", 2024)).as("no 8194.630000000001").isEqualTo("8194.63");
        assertThat(amount(data, "E.GHG.TOTAL", 2023)).isEqualTo("8539.44");
        assertThat(value(data, "E.GHG.TOTAL", 2023).provenance().place()).isEqualTo("ghg.xlsx!指标数据!E4");
    }

    @Test
    void aCsvImportsWithCodesOptional() throws IOException {
        Path file = Samples.projectFile(Samples.QINGHE, dir.resolve("q.esg"));
        Path csv = Files.writeString(dir.resolve("人力资源部.csv"), "\uFEFF指标名称,单位,2024年,2023年,备注\n"
                + "员工总数,人,\"6,260\",6012,含劳务派遣转正\n"
                + "视频会议,场次,18426,15372,\n", StandardCharsets.UTF_8);

        CliRun run = imported(file, csv);

        assertThat(run.outLines()).hasSize(1);
        assertThat(run.outLines().get(0)).startsWith("已导入 " + csv + " → " + file + "：");
        DataSet data = data(file);
        assertThat(amount(data, "S.EMP.TOTAL", 2024)).isEqualTo("6260");
        assertThat(value(data, "S.EMP.TOTAL", 2024).note()).isEqualTo("含劳务派遣转正");
        assertThat(value(data, "S.EMP.TOTAL", 2024).provenance().place()).isEqualTo("人力资源部.csv!C2");
        assertThat(data.indicators()).extracting(Indicator::code).noneMatch(code -> code.startsWith("X."));
        assertThat(history(file)).last().extracting(Revision::summary).isEqualTo("导入数据 人力资源部.csv");
    }

    // ---- refused: all or nothing ----

    /** Runs an import that must be refused: exit 2, nothing on stdout, the project folder untouched; stderr lines. */
    private List<String> refused(Path file, Path book) {
        FileState before = FileState.of(dir);
        CliRun run = CliRun.of("import-data", file, book);
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.out()).as(run.toString()).isEmpty();
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(FileState.of(dir)).as("the project file is untouched").isEqualTo(before);
        return run.errLines();
    }

    private Path projectWithData() {
        Path file = blankProject("p.esg");
        imported(file, TestWorkbooks.fixture("kpi-zh.xlsx"));
        return file;
    }

    @Test
    void textInANumberColumnIsRefusedNamingEveryCell() {
        List<String> lines = refused(projectWithData(), TestWorkbooks.fixture("bad-text-in-number.xlsx"));

        assertThat(lines).containsExactly(
                "esg-studio: bad-text-in-number.xlsx › 指标数据: 发现 2 个问题，未导入任何内容：",
                "  bad-text-in-number.xlsx › 指标数据!H3: “约三千”" + NOT_A_NUMBER,
                "  bad-text-in-number.xlsx › 指标数据!I4: “2951人次”" + NOT_A_NUMBER);
    }

    @Test
    void aDuplicateIndicatorIsRefused() {
        List<String> lines = refused(projectWithData(), TestWorkbooks.fixture("bad-duplicate-indicator.xlsx"));

        assertThat(lines).containsExactly(
                "esg-studio: bad-duplicate-indicator.xlsx › 指标数据!A4: 指标编码“S.EMP.MALE”重复（第 3 行已有）");
    }

    @Test
    void anUnknownUnitIsRefused() {
        List<String> lines = refused(projectWithData(), TestWorkbooks.fixture("bad-unknown-unit.xlsx"));

        assertThat(lines).containsExactly("esg-studio: bad-unknown-unit.xlsx › 指标数据!D3: "
                + Messages.get("data.unknownUnit", "furlong"));
    }

    @Test
    void aRuleNamingAnUnknownCodeIsRefused() {
        List<String> lines = refused(projectWithData(), TestWorkbooks.fixture("bad-rule-unknown-code.xlsx"));

        assertThat(lines).containsExactly("esg-studio: bad-rule-unknown-code.xlsx › 校验规则!B3: "
                + "规则“员工按年龄合计”引用了数据中没有的指标“S.EMP.OTHER”");
    }

    @Test
    void aYearColumnWithoutAYearIsRefused() {
        List<String> lines = refused(projectWithData(), TestWorkbooks.fixture("bad-year-header.xlsx"));

        assertThat(lines).containsExactly("esg-studio: bad-year-header.xlsx › 指标数据!I1: "
                + "无法识别的列标题“本年”（可用的列见 docs/FORMAT.md）");
    }

    @Test
    void aFormulaErrorIsRefused() {
        List<String> lines = refused(projectWithData(), TestWorkbooks.fixture("bad-div0.xlsx"));

        assertThat(lines).containsExactly("esg-studio: bad-div0.xlsx › 指标数据!H4: “#DIV/0!”" + NOT_A_NUMBER);
    }

    @Test
    void anUnformattedRatioWithMoreDecimalsThanCanBePrintedIsRefused() {
        Path file = projectWithData();
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("指标数据", List.of(
                List.of("指标编码", "指标名称", "单位", "2024"),
                List.of("E.GHG.INTENSITY", "人均温室气体排放量", "吨二氧化碳当量/人", "=347.89/717")));
        Path book = TestWorkbooks.written(dir.resolve("ratio.xlsx"), sheets);

        assertThat(refused(file, book)).containsExactly("esg-studio: ratio.xlsx › 指标数据!D2: “0.485202231520223”有 15 位小数，"
                + "超过可印刷的 6 位：请保留需要印刷的小数位（工作簿中可将单元格格式设为如 0.00）");
    }

    @Test
    void aFormulaLinkedToAnotherFileIsRefused() {
        List<String> lines = refused(projectWithData(), TestWorkbooks.fixture("external-link.xlsx"));

        assertThat(lines).containsExactly("esg-studio: external-link.xlsx › 指标数据!H4: 公式 =[1]Sheet1!B2 "
                + "引用了另一个文件（hr-ledger.ods）：导入时无法核实外部链接的数值，请在 Excel 中把该单元格改为数值"
                + "（复制后“选择性粘贴 › 数值”）或断开链接后再导入");
    }

    @Test
    void anOldXlsIsRefusedAskingToSaveAsXlsx() {
        Path xls = TestWorkbooks.fixture("kpi-zh.xls");

        List<String> lines = refused(projectWithData(), xls);

        assertThat(lines).containsExactly("esg-studio: " + xls + ": 是旧版 Excel 97-2003 工作簿（.xls），无法导入："
                + "请在 Excel 或 WPS 中“另存为” Excel 工作簿（.xlsx）后再导入");
    }

    @Test
    void anEncryptedWorkbookIsRefused() {
        Path file = projectWithData();
        Path locked = TestWorkbooks.encrypted(TestWorkbooks.fixture("kpi-zh.xlsx"), dir.resolve("locked.xlsx"), "secret");

        List<String> lines = refused(file, locked);

        assertThat(lines).containsExactly("esg-studio: " + locked + ": 工作簿设有打开密码（已加密），无法读取："
                + "请在 Excel 中删除密码（文件 › 信息 › 保护工作簿 › 用密码进行加密）并保存后再导入");
    }

    @Test
    void aTruncatedWorkbookIsRefused() throws IOException {
        Path file = projectWithData();
        byte[] bytes = Files.readAllBytes(TestWorkbooks.fixture("kpi-zh.xlsx"));
        Path cut = Files.write(dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length - 100));

        List<String> lines = refused(file, cut);

        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("esg-studio: " + cut + ": 工作簿已损坏或不完整，可能在复制或下载时被截断（")
                .endsWith("）：请重新获取文件");
    }

    @Test
    void aWorkbookOverTheSizeLimitIsRefused() throws IOException {
        Path file = projectWithData();
        Path huge = dir.resolve("huge.xlsx");
        try (RandomAccessFile out = new RandomAccessFile(huge.toFile(), "rw")) {
            out.setLength(21L * 1024 * 1024);
        }

        assertThat(refused(file, huge)).containsExactly("esg-studio: " + huge + ": 文件过大（上限 20 MB）");
    }

    @Test
    void aCsvInAnotherEncodingIsRefused() throws IOException {
        Path file = projectWithData();
        Path csv = Files.write(dir.resolve("gbk.csv"), "指标名称,单位,2024\n员工总数,人,6258\n".getBytes("GBK"));

        assertThat(refused(file, csv)).containsExactly("esg-studio: " + csv + ": 文件不是 UTF-8 编码：请另存为 UTF-8 后再试");
    }

    @Test
    void aMissingWorkbookOrProjectIsRefused() {
        Path file = projectWithData();
        Path missing = dir.resolve("no-such.xlsx");

        assertThat(refused(file, missing)).containsExactly("esg-studio: " + missing + ": 文件不存在");
        Path noProject = dir.resolve("none.esg");
        assertThat(refused(noProject, TestWorkbooks.fixture("kpi-zh.xlsx")))
                .containsExactly("esg-studio: " + noProject.toAbsolutePath() + ": 项目文件不存在");
    }

    // ---- help and usage ----

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--help", "-h"})
    void helpDescribesTheCommandInChinese(String option) {
        CliRun run = CliRun.of("import-data", option);

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines().get(0)).startsWith("用法：esg-studio import-data");
        assertThat(run.outLines()).contains("导入部门填报的指标数据工作簿（.xlsx）或 data.csv（全部导入或全不导入）。");
        assertThat(run.out()).containsPattern("(?m)^ +FILE\\.esg +项目文件")
                .containsPattern("(?m)^ +BOOK\\.xlsx\\|DATA\\.csv +指标数据工作簿").contains("显示此帮助并退出");
        assertThat(CliRun.of("--help").out()).containsPattern("(?m)^  import-data +导入部门填报的指标数据工作簿");
    }

    @Test
    void aMissingArgumentIsAUsageError() {
        CliRun run = CliRun.of("import-data", dir.resolve("p.esg"));

        assertThat(run.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.errLines()).containsExactly(
                "esg-studio: 缺少参数：BOOK.xlsx|DATA.csv（用法见 esg-studio import-data --help）");
    }
}
