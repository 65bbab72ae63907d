package org.esgstudio.office.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.InputRejectedException;
import org.esgstudio.i18n.Messages;
import org.esgstudio.i18n.Problem;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.office.DataImport;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A returned template whose structure was changed is refused as a whole, with the file and the place named; so is one
 * made for another project, department or year, and one whose cells cannot be read.
 */
class ReturnedTemplateTest {
    private static final String COMPANY = "青禾财产保险股份有限公司";

    @TempDir
    static Path dir;

    private static Project project;
    private static Path template;

    @BeforeAll
    static void exportTheAdministrationTemplate() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        project = Samples.read(Samples.QINGHE);
        template = TemplateExport.write(project, "行政部", 2024, dir.resolve("行政部.xlsx")).file();
    }

    /** The template changed by {@code change} and saved as {@code name}. */
    private static Path returned(String name, Consumer<FilledTemplate> change) {
        try (FilledTemplate filled = FilledTemplate.open(template)) {
            filled.number("E.WATER.TOTAL", 97000);
            change.accept(filled);
            return filled.saveAs(dir.resolve(name));
        }
    }

    private static UserFacingException refusal(Path file) {
        return refusal(file, project);
    }

    private static UserFacingException refusal(Path file, Project into) {
        UserFacingException refused = catchThrowableOfType(UserFacingException.class,
                () -> DataImport.read(file, into, Samples.AUTHOR, Samples.READ_AT));
        assertThat(refused).as("refused, nothing imported").isNotNull();
        return refused;
    }

    private static List<String> problems(Path file) {
        UserFacingException refused = refusal(file);
        assertThat(refused).isInstanceOf(InputRejectedException.class);
        return ((InputRejectedException) refused).problems().stream().map(Problem::message).toList();
    }

    private static int rowOf(String code) {
        try (FilledTemplate filled = FilledTemplate.open(template)) {
            return filled.rowOf(code);
        }
    }

    private static String code(int row) {
        return Departments.indicatorsOf(project.data(), "行政部").get(row - 2).code();
    }

    @Test
    void theUnchangedTemplateImportsItsOneValue() {
        DataImport.Result result = DataImport.read(returned("ok.xlsx", filled -> { }), project, Samples.AUTHOR,
                Samples.READ_AT);

        assertThat(result.valuesChanged()).isEqualTo(1);
        assertThat(result.merged().value("E.WATER.TOTAL", 2024).orElseThrow().provenance().place())
                .isEqualTo("ok.xlsx!指标数据!F" + rowOf("E.WATER.TOTAL"));
    }

    @Test
    void anInsertedRowIsRefusedAtTheFirstCodeItDisplaced() {
        Path file = returned("inserted.xlsx", filled -> filled.shiftRows(5, 1).set("A5", "E.NEW.ROW"));

        assertThat(problems(file)).first().isEqualTo("inserted.xlsx › 指标数据!A5: 指标编码应为“" + code(5)
                + "”，现为“E.NEW.ROW”：模板的行被插入、删除、移动或编码被改动，未导入任何数据");
    }

    @Test
    void aDeletedRowIsRefusedAtTheFirstCodeThatMovedUp() {
        Path file = returned("deleted.xlsx", filled -> filled.shiftRows(4, -1));

        List<String> problems = problems(file);
        assertThat(problems).first().isEqualTo("deleted.xlsx › 指标数据!A4: 指标编码应为“" + code(4) + "”，现为“"
                + code(5) + "”：模板的行被插入、删除、移动或编码被改动，未导入任何数据");
        assertThat(problems).last().isEqualTo("deleted.xlsx › 指标数据!A20: 指标编码应为“" + code(20)
                + "”，现为“”：模板的行被插入、删除、移动或编码被改动，未导入任何数据");
    }

    @Test
    void movedRowsAreRefusedAtBothPlaces() {
        Path file = returned("moved.xlsx", filled -> filled.swapRows(3, 7));

        assertThat(problems(file)).containsExactly(
                "moved.xlsx › 指标数据!A3: 指标编码应为“" + code(3) + "”，现为“" + code(7)
                        + "”：模板的行被插入、删除、移动或编码被改动，未导入任何数据",
                "moved.xlsx › 指标数据!A7: 指标编码应为“" + code(7) + "”，现为“" + code(3)
                        + "”：模板的行被插入、删除、移动或编码被改动，未导入任何数据");
    }

    @Test
    void anEditedCodeIsRefused() {
        Path file = returned("code.xlsx", filled -> filled.set("A9", "E.GHG.SCOPE9"));

        assertThat(problems(file)).containsExactly("code.xlsx › 指标数据!A9: 指标编码应为“E.GHG.SCOPE1”，现为“E.GHG.SCOPE9”"
                + "：模板的行被插入、删除、移动或编码被改动，未导入任何数据");
    }

    @Test
    void aDeletedColumnIsRefusedAtItsHeader() {
        Path file = returned("column-deleted.xlsx", filled -> filled.shiftColumns(4, -1));

        assertThat(problems(file)).first().isEqualTo("column-deleted.xlsx › 指标数据!D1: 此列应为“定义”，现为“2023年”"
                + "：模板的列被插入、删除或移动过，未导入任何数据");
    }

    @Test
    void movedColumnsAreRefusedAtTheirHeaders() {
        Path file = returned("columns-moved.xlsx", filled -> {
            filled.set("E1", "2024年");
            filled.set("F1", "2023年");
        });

        assertThat(problems(file)).containsExactly(
                "columns-moved.xlsx › 指标数据!E1: 此列应为“2023年”，现为“2024年”：模板的列被插入、删除或移动过，未导入任何数据",
                "columns-moved.xlsx › 指标数据!F1: 此列应为“2024年”，现为“2023年”：模板的列被插入、删除或移动过，未导入任何数据");
    }

    @Test
    void anAddedColumnOrRowIsRefused() {
        Path file = returned("added.xlsx", filled -> filled.set("I1", "说明").set("A22", "E.EXTRA.ROW"));

        assertThat(problems(file)).containsExactly(
                "added.xlsx › 指标数据!I1: 模板中没有这一列（“说明”）：请删除新增的列后再导入",
                "added.xlsx › 指标数据!A22: 模板中没有这一行（“E.EXTRA.ROW”）：请删除新增的行；如需增加指标，请联系 ESG 工作小组");
    }

    @Test
    void aRenamedDataSheetIsRefusedNamingTheSheetsFound() {
        Path file = returned("renamed.xlsx", filled -> filled.renameDataSheet("Sheet1"));

        assertThat(refusal(file).getMessage()).isEqualTo("renamed.xlsx: 找不到模板的工作表“指标数据”（已被改名或删除；"
                + "工作簿中现有：填报说明、Sheet1、ESG模板信息），未导入：请恢复工作表名称后再导入");
    }

    @Test
    void aMarkerForAnotherDepartmentIsRefused() {
        Path file = returned("department.xlsx", filled -> filled.markerValue("department", "人力资源部"));

        assertThat(problems(file)).hasSize(19).first().isEqualTo("department.xlsx › 指标数据!H2: "
                + "此模板是为人力资源部导出的，但此行的负责部门是“行政部”：模板信息与数据表不一致，未导入");
    }

    @Test
    void aTemplateOfLastYearsReportIsRefusedAsAnotherProject() {
        Path file = returned("last-year.xlsx", filled -> filled.markerValue("project", 2, "2023"));

        assertThat(refusal(file).getMessage()).isEqualTo("last-year.xlsx: 此模板是为“" + COMPANY + "”2023年度报告导出的，"
                + "不能导入当前项目（“" + COMPANY + "”2024年度报告），未导入任何数据");
    }

    @Test
    void aMarkerWhoseYearContradictsItsColumnsIsRefusedAsDamaged() {
        Path file = returned("year.xlsx", filled -> filled.markerValue("year", "2025"));

        assertThat(refusal(file).getMessage())
                .isEqualTo("year.xlsx: 模板的隐藏信息工作表已损坏，无法核对模板结构，未导入：请用重新导出的模板填报");
    }

    @Test
    void aMarkerWithARowMissingIsRefusedAsDamaged() {
        Path file = returned("marker.xlsx", filled -> filled.withoutMarkerRow("columns"));

        assertThat(refusal(file).getMessage()).startsWith("marker.xlsx: 模板的隐藏信息工作表已损坏");
    }

    @Test
    void aTemplateOfAnotherCompanyIsRefused() {
        Project other = Samples.read(Samples.HENGCHUAN);
        Path file = returned("other.xlsx", filled -> { });

        assertThat(refusal(file, other).getMessage()).startsWith("other.xlsx: 此模板是为“" + COMPANY + "”2024年度报告导出的，"
                + "不能导入当前项目（“" + other.report().settings().company().zh() + "”2024年度报告）");
    }

    @Test
    void anIndicatorDeletedSinceTheExportIsRefused() {
        Project without = project.withData(new org.esgstudio.data.DataSet(
                project.data().indicators().stream().filter(i -> !i.code().equals("E.PAPER.OFFICE")).toList(),
                project.data().values().stream().filter(v -> !v.code().equals("E.PAPER.OFFICE")).toList(),
                project.data().rules().stream().filter(r -> !r.expression().contains("E.PAPER.OFFICE")).toList()));
        Path file = returned("deleted-indicator.xlsx", filled -> { });

        UserFacingException refused = refusal(file, without);

        assertThat(refused.getMessage()).isEqualTo("deleted-indicator.xlsx › 指标数据!A" + rowOf("E.PAPER.OFFICE")
                + ": 指标“E.PAPER.OFFICE”已不在项目的数据中（导出模板后被删除）：请重新导出模板");
    }

    @Test
    void cellsThatCannotBeReadAreAllReportedWithTheirCells() {
        Path file = returned("values.xlsx", filled -> filled
                .text("E.PAPER.OFFICE", "很多")
                .text("E.ENERGY.GASOLINE", "186千瓦时")
                .text("E.ENERGY.ELECTRICITY", "0.14亿")
                .note("E.FLEET.NEV", "新增 36 辆"));

        assertThat(problems(file)).containsExactly(
                "values.xlsx › 指标数据!F" + rowOf("E.ENERGY.ELECTRICITY") + ": “0.14亿”：本行的单位是“万千瓦时”，"
                        + "请直接按 万千瓦时 填写数值（不要再写 万、亿）",
                "values.xlsx › 指标数据!F" + rowOf("E.ENERGY.GASOLINE") + ": “186千瓦时”的单位与本行的单位“吨”不符：请按 吨 填写数值",
                "values.xlsx › 指标数据!F" + rowOf("E.PAPER.OFFICE") + ": “很多”不是数字（不适用请填 -、—、/ 或 不适用，未报告请留空）",
                "values.xlsx › 指标数据!G" + rowOf("E.FLEET.NEV") + ": 此行有 2024 年的备注，但该年没有数值：备注须说明一个数值");
    }

    @Test
    void withoutTheProjectAReturnedTemplateIsStillCheckedForStructure() {
        Path file = returned("no-project.xlsx", filled -> filled.set("A9", "E.GHG.SCOPE9"));

        UserFacingException refused = catchThrowableOfType(UserFacingException.class,
                () -> DataImport.read(file, project.data(), Samples.AUTHOR, Samples.READ_AT));

        assertThat(refused.getMessage()).startsWith("no-project.xlsx › 指标数据!A9: 指标编码应为“E.GHG.SCOPE1”");
    }

    @Test
    void withoutItsMarkerATemplateReadsAsAnOrdinaryKpiWorkbook() {
        Path file = returned("plain.xlsx", filled -> filled.workbook().removeSheetAt(
                filled.workbook().getSheetIndex(org.esgstudio.office.DataWorkbook.TEMPLATE_SHEET)));

        DataImport.Result result = DataImport.read(file, project, Samples.AUTHOR, Samples.READ_AT);

        assertThat(result.valuesChanged()).as("the one filled value; last year's column equals the store").isEqualTo(1);
        assertThat(result.indicatorsChanged()).isZero();
        assertThat(result.merged().value("E.WATER.TOTAL", 2024).orElseThrow().amount()).isEqualByComparingTo("97000");
        assertThat(result.merged().value("E.WATER.TOTAL", 2023)).isEqualTo(project.data().value("E.WATER.TOTAL", 2023));
    }

    @Test
    void lastYearsColumnIsNeverReadEvenWhenSomeoneChangedIt() {
        int row = rowOf("E.WATER.TOTAL");
        Path file = returned("last-year-changed.xlsx", filled -> filled.set("E" + row, "99999"));

        DataImport.Result result = DataImport.read(file, project, Samples.AUTHOR, Samples.READ_AT);

        assertThat(result.valuesChanged()).isEqualTo(1);
        assertThat(result.merged().value("E.WATER.TOTAL", 2023)).isEqualTo(project.data().value("E.WATER.TOTAL", 2023));
        assertThat(result.incoming().values()).extracting(org.esgstudio.data.IndicatorValue::year).containsOnly(2024);
    }
}
