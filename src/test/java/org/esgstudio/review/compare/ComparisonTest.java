package org.esgstudio.review.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.data.Project;
import org.esgstudio.data.Provenance;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.Figure;
import org.esgstudio.model.Highlights;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.ReportEdits;
import org.esgstudio.model.ReportQuery;
import org.esgstudio.model.TextRow;
import org.esgstudio.model.TextTable;
import org.esgstudio.model.TileGroup;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Comparisons of two states of the main sample, in memory: moves, table cells, tiles, values. */
class ComparisonTest {
    private static Project sample;

    @BeforeAll
    static void read() {
        sample = Samples.read(Samples.QINGHE);
    }

    @BeforeEach
    void chinese() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void theSameStateTwiceHasNoChanges() {
        Comparison comparison = Comparison.between(sample, Samples.read(Samples.QINGHE));

        assertThat(comparison.isEmpty()).isTrue();
        assertThat(comparison.counts().blocks()).isZero();
    }

    @Test
    void aBlockMovedToAnotherSectionIsMovedAndTheBlocksAroundItAreNot() {
        Project moved = sample.withReport(ReportEdits.moveBlock(sample.report(), "ch1-s1-p7", "ch2-s4", 0));

        Comparison comparison = Comparison.between(sample, moved);

        assertThat(comparison.blocks()).hasSize(1);
        BlockChange change = comparison.blocks().get(0);
        assertThat(change.id()).isEqualTo("ch1-s1-p7");
        assertThat(change.change()).isEqualTo(ChangeKind.MOVED);
        assertThat(change.fields()).isEmpty();
        assertThat(change.previousLocation()).startsWith("01 稳健治理 行稳致远 › 1.1");
        assertThat(change.location()).startsWith("02 绿色保险 守护绿水青山 › 2.4");
        assertThat(change.chapterId()).isEqualTo("ch2");
        assertThat(comparison.figures()).isEmpty();
        assertThat(comparison.values()).isEmpty();
    }

    @Test
    void aBlockMovedUpItsSectionIsTheOnlyOneMoved() {
        Project moved = sample.withReport(ReportEdits.moveBlock(sample.report(), "ch1-s1-p7", "ch1-s1", 0));

        assertThat(Comparison.between(sample, moved).blocks()).extracting(BlockChange::id, BlockChange::change)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ch1-s1-p7", ChangeKind.MOVED));
    }

    @Test
    void aChangedTableCellIsNamedByItsRowAndColumn() {
        TextTable table = (TextTable) ReportQuery.block(sample.report(), "ch1-s2-tt1").orElseThrow();
        List<TextRow> rows = new ArrayList<>(table.rows());
        TextRow second = rows.get(1);
        List<LocalizedText> cells = new ArrayList<>(second.cells());
        cells.set(1, cells.get(1).withZh(cells.get(1).zh().replace("至少召开4次会议", "至少召开6次会议")));
        rows.set(1, new TextRow(second.id(), cells));
        Project edited = sample.withReport(ReportEdits.replaceBlock(sample.report(),
                new TextTable(table.id(), table.title(), table.columns(), rows, table.notes())));

        Comparison comparison = Comparison.between(sample, edited);

        assertThat(comparison.blocks()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo("textTable");
            assertThat(change.change()).isEqualTo(ChangeKind.CHANGED);
            assertThat(change.fields()).singleElement().satisfies(field -> {
                assertThat(field.label()).isEqualTo("第 2 行 · 第 2 列（中文）");
                assertThat(field.language()).isEqualTo("zh");
                assertThat(field.diff()).contains(new DiffSegment(DiffSegment.Kind.DELETED, "4"),
                        new DiffSegment(DiffSegment.Kind.INSERTED, "6"));
            });
        });
    }

    @Test
    void aHighlightTileWithAnotherValueIsAChangedFigureOfItsPart() {
        Highlights highlights = (Highlights) sample.report().front().stream().filter(Highlights.class::isInstance)
                .findFirst().orElseThrow();
        List<TileGroup> groups = new ArrayList<>(highlights.groups());
        TileGroup first = groups.get(0);
        List<Figure> tiles = new ArrayList<>(first.tiles());
        Figure tile = tiles.get(0);
        assertThat(tile.value().zh()).isEqualTo("168.35");
        tiles.set(0, new Figure(tile.id(), tile.value().withZh("168.40"), tile.unit(), tile.label(), tile.qualifier(),
                tile.indicator(), tile.year(), tile.notes()));
        groups.set(0, new TileGroup(first.id(), first.name(), tiles));
        Project edited = sample.withReport(ReportEdits.replacePart(sample.report(),
                new Highlights(highlights.id(), highlights.title(), groups)));

        Comparison comparison = Comparison.between(sample, edited);

        assertThat(comparison.blocks()).singleElement().satisfies(change -> {
            assertThat(change.id()).isEqualTo(highlights.id());
            assertThat(change.kind()).isEqualTo("highlights");
            assertThat(change.fields()).extracting(FieldChange::label).containsExactly("第 1 组 · 第 1 个数字 · 数值（中文）");
        });
        assertThat(comparison.figures()).singleElement().satisfies(figure -> {
            assertThat(figure.blockId()).isEqualTo(highlights.id());
            assertThat(figure.change()).isEqualTo(ChangeKind.CHANGED);
            assertThat(figure.before()).isEqualTo("168.35亿元");
            assertThat(figure.after()).isEqualTo("168.40亿元");
        });
    }

    @Test
    void valuesAddedRemovedChangedAndReUnitedAreListedAndANoteOrSourceAloneIsNot() {
        Provenance typed = Provenance.typed("张编辑", Samples.READ_AT);
        IndicatorValue water = sample.data().value("E.WATER.TOTAL", 2024).orElseThrow();
        Indicator premium = sample.data().indicator("EC.PREMIUM.TOTAL").orElseThrow();
        var data = sample.data()
                .withValue(new IndicatorValue("E.WATER.TOTAL", 2024, water.amount(), water.status(), "新说明", typed))
                .withoutValue("EC.PREMIUM.AUTO", 2023)
                .withValue(IndicatorValue.reported("EC.PREMIUM.AUTO", 2022, new BigDecimal("88.10"), "", typed))
                .withValue(IndicatorValue.notApplicable("EC.CLAIMS.PAID", 2024, "", typed))
                .withIndicator(new Indicator(premium.code(), premium.name(), premium.aliases(), "万元",
                        premium.decimals(), premium.category(), premium.department(), premium.source(),
                        premium.frameworks(), premium.definition()));

        Comparison comparison = Comparison.between(sample, sample.withData(data));

        assertThat(comparison.values()).extracting(ValueChange::key, ValueChange::change, ValueChange::before,
                ValueChange::unitBefore, ValueChange::after, ValueChange::unitAfter).containsExactly(
                org.assertj.core.groups.Tuple.tuple("EC.PREMIUM.TOTAL@2024", ChangeKind.CHANGED, "168.35", "亿元",
                        "168.35", "万元"),
                org.assertj.core.groups.Tuple.tuple("EC.PREMIUM.TOTAL@2023", ChangeKind.CHANGED, "152.76", "亿元",
                        "152.76", "万元"),
                org.assertj.core.groups.Tuple.tuple("EC.PREMIUM.AUTO@2023", ChangeKind.REMOVED, "93.15", "亿元", "",
                        ""),
                org.assertj.core.groups.Tuple.tuple("EC.PREMIUM.AUTO@2022", ChangeKind.ADDED, "", "", "88.10", "亿元"),
                org.assertj.core.groups.Tuple.tuple("EC.CLAIMS.PAID@2024", ChangeKind.CHANGED, "104.87", "亿元",
                        "不适用", "亿元"));
        assertThat(comparison.blocks()).isEmpty();
    }

    @Test
    void theSameTwoStatesGiveTheSameComparison() {
        Project edited = sample.withReport(ReportEdits.removeBlock(ReportEdits.moveBlock(sample.report(),
                "ch1-s1-p7", "ch2-s4", 0), "ch1-s3-p7"));

        assertThat(Comparison.between(sample, edited)).isEqualTo(Comparison.between(sample, edited));
        assertThat(Comparison.between(sample, edited).blocks()).extracting(BlockChange::id)
                .containsExactly("ch1-s3-p7", "ch1-s1-p7");
    }
}
