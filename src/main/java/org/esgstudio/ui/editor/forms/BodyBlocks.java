package org.esgstudio.ui.editor.forms;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.esgstudio.model.Block;
import org.esgstudio.model.BlockLabels;
import org.esgstudio.model.BulletList;
import org.esgstudio.model.Callout;
import org.esgstudio.model.CaseStudy;
import org.esgstudio.model.Chart;
import org.esgstudio.model.DataTable;
import org.esgstudio.model.Heading;
import org.esgstudio.model.Image;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.ReportEdits;
import org.esgstudio.model.ReportIds;
import org.esgstudio.model.ReportQuery;
import org.esgstudio.model.TextTable;
import org.esgstudio.model.Tiles;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.editor.EditorContext;
import org.esgstudio.ui.workspace.Edit;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The blocks inside a case study or a part's body, read-only: each one opens in its own editor when clicked, and a
 * button adds an empty paragraph at the end.
 */
final class BodyBlocks {
    private final EditorContext context;
    private final VBox links = new VBox(2);
    private final VBox root;
    private String containerId;
    private List<Block> shown;

    BodyBlocks(EditorContext context) {
        this.context = context;
        Button add = new Button(I18n.text("ui.forms.body.addParagraph"), FontIcon.of(Feather.PLUS));
        add.setId("addParagraph");
        add.getStyleClass().add("small");
        add.setOnAction(event -> addParagraph());
        links.setId("bodyBlocks");
        root = new VBox(6, links, add);
    }

    void show(String container, List<Block> blocks) {
        if (container.equals(containerId) && blocks.equals(shown)) {
            return;
        }
        containerId = container;
        shown = blocks;
        links.getChildren().clear();
        if (blocks.isEmpty()) {
            Label none = new Label(I18n.text("ui.forms.body.empty"));
            none.getStyleClass().add("text-muted");
            links.getChildren().add(none);
        }
        for (Block block : blocks) {
            Hyperlink link = new Hyperlink(linkText(block));
            link.setUserData(block.id());
            link.setOnAction(event -> context.workspace().selectedProperty().set(block.id()));
            links.getChildren().add(link);
        }
    }

    /** The block's kind in the window's language and the start of its (Chinese) text. */
    private static String linkText(Block block) {
        return FormSheet.capitalized(I18n.text("ui.forms.kind." + kindKey(block))) + " " + BlockLabels.excerpt(block);
    }

    private static String kindKey(Block block) {
        if (block instanceof Paragraph) {
            return "paragraph";
        } else if (block instanceof Heading) {
            return "heading";
        } else if (block instanceof BulletList) {
            return "bulletList";
        } else if (block instanceof CaseStudy) {
            return "caseStudy";
        } else if (block instanceof DataTable) {
            return "dataTable";
        } else if (block instanceof TextTable) {
            return "textTable";
        } else if (block instanceof Tiles) {
            return "tiles";
        } else if (block instanceof Callout) {
            return "callout";
        } else if (block instanceof Image) {
            return "image";
        } else if (block instanceof Chart) {
            return "chart";
        } else {
            return "diagram";
        }
    }

    private void addParagraph() {
        String container = containerId;
        context.workspace().apply(Edit.report(I18n.text("ui.forms.body.addParagraph"), report -> {
            int end = ReportQuery.containerBlocks(report, container).map(List::size).orElse(0);
            Paragraph paragraph = new Paragraph(ReportIds.fresh(report, container + "-p"), LocalizedText.EMPTY);
            return ReportEdits.insertBlock(report, container, end, paragraph);
        }));
    }

    /** The links to the blocks, in order (tests click them). */
    List<Hyperlink> links() {
        return links.getChildren().stream().filter(Hyperlink.class::isInstance).map(Hyperlink.class::cast).toList();
    }

    Node view() {
        return root;
    }
}
