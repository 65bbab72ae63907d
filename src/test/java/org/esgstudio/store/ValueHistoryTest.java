package org.esgstudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.review.LineageFixture;
import org.esgstudio.review.ValueChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The values' recorded changes, read from the history through its index on (entity, entity_id). */
class ValueHistoryTest {
    @TempDir
    Path dir;

    private static List<String> plan(ProjectFile file, String sql) {
        return file.read(connection -> {
            List<String> steps = new ArrayList<>();
            try (PreparedStatement explain = connection.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
                if (sql.contains("?")) {
                    explain.setString(1, "X@2024");
                }
                try (ResultSet rs = explain.executeQuery()) {
                    while (rs.next()) {
                        steps.add(rs.getString("detail"));
                    }
                }
            }
            return steps;
        });
    }

    @Test
    void oneValuesChangesAndAllValuesChangesAreFoundThroughTheIndex() {
        Path esg = LineageFixture.waterThroughFourHands(dir);
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_ONLY)) {
            assertThat(plan(file, ValueHistory.ONE)).anyMatch(step -> step.contains("change_by_entity"))
                    .noneMatch(step -> step.startsWith("SCAN c"));
            assertThat(plan(file, ValueHistory.ALL)).anyMatch(step -> step.contains("change_by_entity"));
        }
    }

    @Test
    void allHistoriesAtOnceAgreeWithEachValuesOwn() {
        Path esg = LineageFixture.waterThroughFourHands(dir);
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_ONLY)) {
            Map<String, List<ValueChange>> all = file.valueHistories();

            assertThat(all.get(LineageFixture.KEY)).isEqualTo(file.valueHistory(LineageFixture.WATER,
                    LineageFixture.YEAR)).hasSize(4);
            assertThat(all).hasSize(file.load().data().values().size());
            assertThat(all.get(LineageFixture.KEY)).extracting(ValueChange::savedBy)
                    .containsExactly(Samples.AUTHOR, "王数据", "李编辑", "赵统计");
        }
    }

    @Test
    void aHistoryRowThatDoesNotReadBackIsReportedAsDamageOfTheFile() {
        Path esg = LineageFixture.waterThroughFourHands(dir);
        HistoryTampering.tamper(esg, "INSERT INTO revision(id, at, author, summary) VALUES (99, "
                + "'2025-03-09T00:00:00Z', 'x', 'x')",
                "INSERT INTO change(revision_id, seq, entity, entity_id, op, before, after) VALUES (99, 0, 'value', '"
                        + LineageFixture.KEY + "', 'update', NULL, '{\"code\":\"E.WATER.TOTAL\"}')");
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_ONLY)) {
            assertThatThrownBy(() -> file.valueHistory(LineageFixture.WATER, LineageFixture.YEAR))
                    .isInstanceOf(UserFacingException.class).hasMessageContaining(esg.toAbsolutePath().toString());
        }
    }
}
