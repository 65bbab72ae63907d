package org.esgstudio.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data page's state without a window: rows following the project, filters, typed values as undoable edits. */
class DataViewModelTest {
    @TempDir
    Path dir;

    private OpenWorkspace open;
    private DataViewModel model;

    @BeforeEach
    void openTheMainSample() {
        open = OpenWorkspace.mainSample(dir);
        model = new DataViewModel(open.workspace);
    }

    @AfterEach
    void close() {
        open.close();
    }

    private IndicatorRow row(String code) {
        return model.rows().stream().filter(row -> row.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void listsTheWholeCatalogueWithTheYearsNewestFirst() {
        assertThat(model.rows()).hasSize(open.workspace.current().data().indicators().size()).hasSizeGreaterThan(100);
        assertThat(model.years()).containsExactly(2024, 2023);
        assertThat(row("S.EMP.TOTAL").shown(2024)).isEqualTo("6,258");
        assertThat(model.categories()).containsExactly("经济", "环境", "社会", "治理");
        assertThat(model.departments()).contains("人力资源部", "行政部", "财务部");
    }

    @Test
    void aTypedValueChangesTheStoreAndIsSavedAsARevision() {
        assertThat(model.enter("S.EMP.TOTAL", 2024, "6,260")).isEmpty();

        assertThat(open.workspace.current().data().value("S.EMP.TOTAL", 2024).map(IndicatorValue::amount))
                .contains(new BigDecimal("6260"));
        assertThat(row("S.EMP.TOTAL").shown(2024)).isEqualTo("6,260");
        assertThat(model.messageProperty().get()).isEqualTo("已保存 员工总数（2024年）：6,260");
        assertThat(open.file.history()).last()
                .satisfies(revision -> assertThat(revision.summary()).isEqualTo("编辑数值 员工总数（2024年）"));
        try (ProjectFile reopened = ProjectFile.open(open.file.path(), OpenMode.READ_ONLY)) {
            assertThat(reopened.load().data().value("S.EMP.TOTAL", 2024).map(IndicatorValue::amount))
                    .contains(new BigDecimal("6260"));
        }
    }

    @Test
    void undoingAValueEditShowsTheOldValueAgain() {
        model.enter("S.EMP.TOTAL", 2024, "6260");

        open.workspace.undo();

        assertThat(row("S.EMP.TOTAL").shown(2024)).isEqualTo("6,258");
        assertThat(open.workspace.current().data().value("S.EMP.TOTAL", 2024).map(IndicatorValue::amount))
                .contains(new BigDecimal("6258"));
    }

    @Test
    void aBadValueIsRefusedAndChangesNothing() {
        int revisions = open.file.history().size();

        assertThat(model.enter("S.EMP.TOTAL", 2024, "六千多")).hasValueSatisfying(problem ->
                assertThat(problem).contains("“六千多”不是数值"));

        assertThat(row("S.EMP.TOTAL").shown(2024)).isEqualTo("6,258");
        assertThat(open.file.history()).hasSize(revisions);
        assertThat(open.workspace.canUndoProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).startsWith("未保存 员工总数（2024年）：");
    }

    @Test
    void filtersByCategoryDepartmentAndSearchText() {
        model.categoryProperty().set("环境");
        assertThat(model.rows()).hasSize(22).allSatisfy(row -> assertThat(row.indicator().category()).isEqualTo("环境"));

        model.departmentProperty().set("行政部");
        assertThat(model.rows()).hasSize(19)
                .allSatisfy(row -> assertThat(row.indicator().department()).isEqualTo("行政部"));

        model.categoryProperty().set("");
        model.departmentProperty().set("");
        model.searchProperty().set("总用水");
        assertThat(model.rows()).extracting(IndicatorRow::code).containsExactly("E.WATER.TOTAL");
        model.searchProperty().set("s.emp.male");
        assertThat(model.rows()).extracting(IndicatorRow::code).containsExactly("S.EMP.MALE");
    }

    @Test
    void valuesTheValidationFlagsCarryTheFindings() {
        model.enter("S.EMP.MALE", 2024, "3,100");

        assertThat(row("S.EMP.TOTAL").hasProblem(2024)).isTrue();
        assertThat(row("S.EMP.TOTAL").problems(2024)).anySatisfy(message -> assertThat(message).contains("员工"));
        assertThat(model.rules()).filteredOn(RuleStatus::fails).extracting(status -> status.rule().name())
                .contains("员工按性别合计");
    }

    @Test
    void everyRuleOfTheMainSampleHoldsOrLacksData() {
        assertThat(model.rules()).isNotEmpty().noneMatch(RuleStatus::fails);
        assertThat(model.rules().get(0).check(2024).outcome()).isEqualTo(RuleStatus.Outcome.HOLDS);
    }
}
