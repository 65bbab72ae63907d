package org.esgstudio.office.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.Indicator;
import org.esgstudio.model.LocalizedText;
import org.junit.jupiter.api.Test;

class DepartmentsTest {
    private static Indicator owned(String code, String department) {
        return new Indicator(code, LocalizedText.zh(code), List.of(), "人", 0, "", department, "", List.of());
    }

    private static final DataSet DATA = new DataSet(List.of(owned("S.A", "人力资源部"), owned("E.B", "行政部"),
            owned("S.C", "人力资源部"), owned("G.D", ""), owned("G.E", "IT部")), List.of(), List.of());

    @Test
    void theDepartmentsAreThoseNamedByIndicatorsInOrderOfFirstAppearance() {
        assertThat(Departments.of(DATA)).containsExactly("人力资源部", "行政部", "IT部");
        assertThat(Departments.indicatorsOf(DATA, "人力资源部")).extracting(Indicator::code).containsExactly("S.A", "S.C");
    }

    @Test
    void aNameMatchesExactlyThenIgnoringSpacesWidthAndCase() {
        assertThat(Departments.match(DATA, "行政部")).contains("行政部");
        assertThat(Departments.match(DATA, " 行政部\u3000")).contains("行政部");
        assertThat(Departments.match(DATA, "人力 资源部")).contains("人力资源部");
        assertThat(Departments.match(DATA, "ＩＴ部")).contains("IT部");
        assertThat(Departments.match(DATA, "it部")).contains("IT部");
    }

    @Test
    void anUnknownOrBlankNameMatchesNothing() {
        assertThat(Departments.match(DATA, "后勤部")).isEmpty();
        assertThat(Departments.match(DATA, "")).isEmpty();
        assertThat(Departments.match(DATA, "  ")).isEmpty();
        assertThat(Departments.match(DATA, "人力资源")).isEmpty();
    }
}
