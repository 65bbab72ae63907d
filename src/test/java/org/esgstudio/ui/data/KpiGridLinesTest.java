package org.esgstudio.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.esgstudio.model.Report;
import org.esgstudio.model.ReportQuery;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.Test;

/** The lines of the KPI grid: section and group headings above their rows; data tables are their rows. */
class KpiGridLinesTest {
    private static final Report REPORT = Samples.read(Samples.QINGHE).report();

    @Test
    void theKpiTableIsGroupedUnderItsSectionsAndGroups() {
        KpiGridLines lines = KpiGridLines.of(ReportQuery.part(REPORT, "kpi").orElseThrow()).orElseThrow();

        assertThat(lines.years()).containsExactly(2024, 2023);
        assertThat(lines.lines().get(0)).isInstanceOfSatisfying(KpiGridLines.Heading.class, heading -> {
            assertThat(heading.text().zh()).isEqualTo("经济绩效");
            assertThat(heading.level()).isEqualTo(1);
        });
        assertThat(lines.lines().get(1)).isInstanceOfSatisfying(KpiGridLines.Heading.class,
                heading -> assertThat(heading.text().zh()).isEqualTo("经营业绩"));
        assertThat(lines.lines().get(2)).isInstanceOfSatisfying(KpiGridLines.Figure.class,
                figure -> assertThat(figure.code()).isEqualTo("EC.PREMIUM.TOTAL"));
        assertThat(lines.lines()).filteredOn(KpiGridLines.Figure.class::isInstance).hasSizeGreaterThan(40);
    }

    @Test
    void aDataTableIsItsRowsAndOtherNodesHaveNoGrid() {
        KpiGridLines lines = KpiGridLines.of(ReportQuery.block(REPORT, "ch4-s1-table1").orElseThrow()).orElseThrow();

        assertThat(lines.title().zh()).isEqualTo("员工构成");
        assertThat(lines.lines()).allMatch(KpiGridLines.Figure.class::isInstance);
        assertThat(KpiGridLines.of(ReportQuery.block(REPORT, "ch2-s4-p6").orElseThrow())).isEmpty();
    }
}
