package org.esgstudio.ui.outline;

import java.util.List;
import java.util.Set;
import org.esgstudio.model.Block;
import org.esgstudio.model.BulletList;
import org.esgstudio.model.Callout;
import org.esgstudio.model.CaseStudy;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.ChapterKind;
import org.esgstudio.model.Chart;
import org.esgstudio.model.ChartKind;
import org.esgstudio.model.DataTable;
import org.esgstudio.model.Diagram;
import org.esgstudio.model.DiagramKind;
import org.esgstudio.model.Figure;
import org.esgstudio.model.Heading;
import org.esgstudio.model.Image;
import org.esgstudio.model.ListStyle;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.Qualifier;
import org.esgstudio.model.Section;
import org.esgstudio.model.TextRow;
import org.esgstudio.model.TextTable;
import org.esgstudio.model.Tiles;

/** New, empty nodes as the Add commands make them: fresh ids, a placeholder title the user then types over. */
final class NewNodes {
    private NewNodes() {
    }

    static Chapter chapter(Set<String> taken) {
        String id = org.esgstudio.model.ReportIds.fresh(taken, "ch");
        return new Chapter(id, ChapterKind.CHAPTER, title("ui.outline.new.chapter"), LocalizedText.EMPTY,
                LocalizedText.EMPTY, List.of(section(taken)));
    }

    static Section section(Set<String> taken) {
        return new Section(org.esgstudio.model.ReportIds.fresh(taken, "s"), title("ui.outline.new.section"),
                List.of());
    }

    static Block block(NewBlockKind kind, Set<String> taken, int year) {
        String id = org.esgstudio.model.ReportIds.fresh(taken, prefix(kind));
        return switch (kind) {
            case PARAGRAPH -> new Paragraph(id, LocalizedText.EMPTY, List.of());
            case HEADING -> new Heading(id, 1, title("ui.outline.new.heading"));
            case LIST -> new BulletList(id, ListStyle.BULLET, List.of(LocalizedText.EMPTY), List.of());
            case CASE_STUDY -> new CaseStudy(id, title("ui.outline.new.caseStudy"),
                    List.of(new Paragraph(org.esgstudio.model.ReportIds.fresh(taken, "p"), LocalizedText.EMPTY,
                            List.of())), null, null);
            case TEXT_TABLE -> new TextTable(id, title("ui.outline.new.table"),
                    List.of(title("ui.outline.new.column"), title("ui.outline.new.column")),
                    List.of(new TextRow(org.esgstudio.model.ReportIds.fresh(taken, "r"),
                            List.of(LocalizedText.EMPTY, LocalizedText.EMPTY))), List.of());
            case DATA_TABLE -> new DataTable(id, title("ui.outline.new.table"), List.of(), List.of(year - 1, year),
                    List.of());
            case TILES -> new Tiles(id, title("ui.outline.new.tiles"), List.of(tile(taken)));
            case CALLOUT -> new Callout(id, tile(taken));
            case IMAGE -> new Image(id, "", LocalizedText.EMPTY, 100);
            case CHART -> new Chart(id, ChartKind.BAR, title("ui.outline.new.chart"), List.of(), List.of(year - 1,
                    year));
            case DIAGRAM -> new Diagram(id, DiagramKind.PROCESS, title("ui.outline.new.diagram"), List.of(),
                    List.of());
        };
    }

    private static Figure tile(Set<String> taken) {
        return new Figure(org.esgstudio.model.ReportIds.fresh(taken, "f"), LocalizedText.zh("0"), LocalizedText.EMPTY,
                title("ui.outline.new.tileLabel"), Qualifier.NONE, null, null, List.of());
    }

    private static String prefix(NewBlockKind kind) {
        return switch (kind) {
            case PARAGRAPH -> "p";
            case HEADING -> "h";
            case LIST -> "list";
            case CASE_STUDY -> "case";
            case TEXT_TABLE, DATA_TABLE -> "table";
            case TILES -> "tiles";
            case CALLOUT -> "callout";
            case IMAGE -> "img";
            case CHART -> "chart";
            case DIAGRAM -> "diagram";
        };
    }

    /** A placeholder in Chinese whatever the interface language: it is report text, and English is added later. */
    private static LocalizedText title(String key) {
        return LocalizedText.zh(org.esgstudio.i18n.Messages.format(java.util.Locale.SIMPLIFIED_CHINESE, key));
    }
}
