package org.esgstudio.layout.report;

import java.util.ArrayList;
import java.util.List;
import org.esgstudio.layout.Box;
import org.esgstudio.layout.RectBox;
import org.esgstudio.layout.Rgb;
import org.esgstudio.layout.flow.BlockFlow;
import org.esgstudio.layout.flow.Flowable;
import org.esgstudio.layout.flow.LineBoxes;
import org.esgstudio.layout.flow.PanelFlow;
import org.esgstudio.layout.flow.PanelStyle;
import org.esgstudio.layout.text.Alignment;
import org.esgstudio.layout.text.LaidLine;
import org.esgstudio.layout.text.TextStyle;
import org.esgstudio.model.Block;
import org.esgstudio.model.BulletList;
import org.esgstudio.model.Callout;
import org.esgstudio.model.CaseStudy;
import org.esgstudio.model.Chart;
import org.esgstudio.model.DataTable;
import org.esgstudio.model.Diagram;
import org.esgstudio.model.Heading;
import org.esgstudio.model.Image;
import org.esgstudio.model.Language;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.TextTable;
import org.esgstudio.model.Tiles;

/** Turns any block of the model into flowables at the column's width. */
public final class BlockFlows {
    private static final double PANEL_PADDING = 12;

    private BlockFlows() {
    }

    /** The blocks' flowables, each labelled with its block's id so that the pages record where blocks land. */
    public static List<Flowable> of(Column column, List<Block> blocks, String where) {
        List<Flowable> flows = new ArrayList<>();
        for (Block block : blocks) {
            for (Flowable flow : of(column, block, where + " › " + block.id())) {
                flows.add(new BlockFlow(block.id(), flow));
            }
        }
        return flows;
    }

    public static List<Flowable> of(Column column, Block block, String where) {
        if (block instanceof Paragraph p) {
            return TextFlows.paragraph(column, p.text(), Role.BODY, where);
        } else if (block instanceof Heading h) {
            return TextFlows.heading(column, h, where);
        } else if (block instanceof BulletList l) {
            return TextFlows.list(column, l, where);
        } else if (block instanceof CaseStudy c) {
            return List.of(caseStudy(column, c, where));
        } else if (block instanceof DataTable t) {
            return TableFlows.dataTable(column, t, where);
        } else if (block instanceof TextTable t) {
            return TableFlows.textTable(column, t, where);
        } else if (block instanceof Tiles t) {
            List<Flowable> flows = new ArrayList<>(TableFlows.title(column, t.title(), List.of(), where));
            flows.addAll(FigureFlows.tiles(column, t.tiles(), t.tiles().size() == 4 ? 4 : 3, where));
            return flows;
        } else if (block instanceof Callout c) {
            return FigureFlows.callout(column, c.figure(), where);
        } else if (block instanceof Image i) {
            return FigureFlows.image(column, i.asset(), i.caption(), i.widthPercent(), maxImageHeight(column), where);
        } else if (block instanceof Chart c) {
            return ChartFlows.chart(column, c, where);
        } else {
            return DiagramFlows.diagram(column, (Diagram) block, where);
        }
    }

    private static double maxImageHeight(Column column) {
        return column.styles().theme().page().contentHeight() * 0.45;
    }

    /** A tinted panel with a 案例 tag and the title; its body and image inside; kept whole when short. */
    static Flowable caseStudy(Column column, CaseStudy study, String where) {
        double inner = column.width() - 2 * PANEL_PADDING;
        Column inside = column.narrower(inner);
        List<Flowable> children = new ArrayList<>(of(inside, study.body(), where));
        if (study.hasImage()) {
            children.addAll(FigureFlows.image(inside, study.image(), study.caption(), 100, maxImageHeight(column) * 0.8,
                    where));
        }
        Language primary = column.primary();
        TextStyle tagStyle = column.styles().style(Role.LABEL, primary);
        String tag = primary == Language.EN ? "CASE" : "案例";
        double tagWidth = Labels.width(tag, tagStyle) + 12;
        double tagHeight = 15;
        List<Box> header = new ArrayList<>();
        Rgb primaryColour = column.styles().colors().primary();
        header.add(RectBox.filled(0, 0, tagWidth, tagHeight, primaryColour));
        header.addAll(Labels.centred(tag, tagStyle, tagWidth / 2, Labels.middleBaseline(tagStyle, tagHeight / 2)));
        double titleX = tagWidth + 8;
        double y = 0;
        boolean first = true;
        for (Language language : column.languages()) {
            if (!column.sets(study.title(), language, where)) {
                continue;
            }
            Role role = first ? Role.H4 : Role.CAPTION;
            double lineHeight = column.styles().lineHeight(role);
            List<LaidLine> lines = column.typesetter().lines(column.text().plain(study.title(), role, language, where),
                    column.width() - titleX - PANEL_PADDING, 0, Alignment.LEFT, lineHeight);
            for (LaidLine line : lines) {
                LineBoxes.add(line, titleX, y + (first && y == 0 ? (tagHeight - lineHeight) / 2 : 0), lineHeight, header);
                y += lineHeight;
            }
            first = false;
        }
        double headerHeight = Math.max(tagHeight, y) + 4;
        List<Box> continued = new ArrayList<>(List.of(RectBox.filled(0, 0, tagWidth, tagHeight, primaryColour.tint(0.35))));
        continued.addAll(Labels.centred(tag, tagStyle, tagWidth / 2, Labels.middleBaseline(tagStyle, tagHeight / 2)));
        PanelStyle style = new PanelStyle(PANEL_PADDING, column.styles().colors().tint(), primaryColour, header,
                headerHeight, continued, tagHeight + 2, column.styles().theme().page().contentHeight() * 0.33, 10, 14);
        return new PanelFlow(children, style, column.width());
    }
}
