package org.esgstudio.ui.review;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.esgstudio.figures.Finding;
import org.esgstudio.figures.FindingKind;
import org.esgstudio.figures.Severity;
import org.esgstudio.ui.common.I18n;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One row of the review list: a chapter heading (chevron, title, count) or a finding (severity icon and colour, the
 * message, then its kind and place). The nodes are made once per cell and refilled as the cell is reused.
 */
final class FindingCell extends ListCell<ReviewRow> {
    private final FontIcon chevron = new FontIcon(Feather.CHEVRON_DOWN);
    private final Label groupTitle = new Label();
    private final Label groupCount = new Label();
    private final HBox group = new HBox(6, chevron, groupTitle, groupCount);
    private final FontIcon severity = new FontIcon(Feather.INFO);
    private final Label message = new Label();
    private final Label meta = new Label();
    private final HBox item;

    FindingCell(Consumer<ReviewRow> onActivate) {
        group.setAlignment(Pos.CENTER_LEFT);
        group.getStyleClass().add("review-group");
        groupCount.getStyleClass().add("review-count");
        message.getStyleClass().add("review-message");
        meta.getStyleClass().add("review-meta");
        VBox texts = new VBox(1, message, meta);
        texts.setMinWidth(0);
        HBox.setHgrow(texts, Priority.ALWAYS);
        item = new HBox(8, severity, texts);
        item.setAlignment(Pos.TOP_LEFT);
        item.getStyleClass().add("review-item");
        message.setMinWidth(0);
        meta.setMinWidth(0);
        groupTitle.setMinWidth(0);
        // A cell as wide as the list, never wider: long messages end in an ellipsis instead of scrolling sideways.
        setPrefWidth(0);
        setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && !isEmpty() && getItem() != null) {
                onActivate.accept(getItem());
            }
        });
    }

    @Override
    protected void updateItem(ReviewRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        if (empty || row == null) {
            setGraphic(null);
        } else if (row instanceof ReviewRow.Group heading) {
            chevron.setIconCode(heading.collapsed() ? Feather.CHEVRON_RIGHT : Feather.CHEVRON_DOWN);
            groupTitle.setText(heading.title());
            groupCount.setText(Integer.toString(heading.count()));
            setGraphic(group);
        } else if (row instanceof ReviewRow.Item finding) {
            fill(finding);
            setGraphic(item);
        }
    }

    private void fill(ReviewRow.Item row) {
        Finding finding = row.finding();
        severity.setIconCode(icon(finding.severity()));
        severity.getStyleClass().setAll("ikonli-font-icon", "severity-" + finding.severity().name().toLowerCase(
                java.util.Locale.ROOT));
        message.setText(row.message());
        meta.setText(meta(row));
    }

    /** The kind, then the place inside the chapter, or the indicator and year for findings about the data. */
    private static String meta(ReviewRow.Item row) {
        Finding finding = row.finding();
        String kind = kindLabel(finding.kind());
        if (!row.place().isEmpty()) {
            return kind + " · " + row.place();
        }
        if (finding.indicator() != null) {
            return kind + " · " + finding.indicator() + (finding.year() == null ? "" : " · " + finding.year());
        }
        return kind;
    }

    static String kindLabel(FindingKind kind) {
        return I18n.text("ui.review.kind." + kind.json());
    }

    static Feather icon(Severity severity) {
        return switch (severity) {
            case ERROR -> Feather.X_CIRCLE;
            case WARNING -> Feather.ALERT_TRIANGLE;
            case INFO -> Feather.INFO;
        };
    }
}
