package org.esgstudio.ui.review.comments;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.esgstudio.review.Comment;
import org.esgstudio.review.CommentAnchor;
import org.esgstudio.review.CommentEvent;
import org.esgstudio.review.CommentThread;
import org.esgstudio.review.PlacedThread;
import org.esgstudio.ui.common.I18n;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One thread of the comments list: status icon, id and place (with the figure, and a mark when the anchor is lost),
 * author and time (and who resolved it), the text, then each answer with its author and time.
 */
final class ThreadCell extends ListCell<PlacedThread> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final FontIcon status = new FontIcon(Feather.MESSAGE_SQUARE);
    private final Label place = new Label();
    private final Label orphan = new Label();
    private final Label meta = new Label();
    private final Label body = new Label();
    private final VBox replies = new VBox(2);
    private final HBox row;

    ThreadCell(Consumer<PlacedThread> onActivate) {
        place.getStyleClass().add("comment-place");
        orphan.getStyleClass().add("comment-orphan");
        meta.getStyleClass().add("comment-meta");
        body.getStyleClass().add("comment-body");
        body.setWrapText(true);
        HBox heading = new HBox(6, place, orphan);
        heading.setAlignment(Pos.CENTER_LEFT);
        VBox texts = new VBox(2, heading, meta, body, replies);
        texts.setMinWidth(0);
        HBox.setHgrow(texts, Priority.ALWAYS);
        row = new HBox(8, status, texts);
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().add("comment-thread");
        place.setMinWidth(0);
        body.setMinWidth(0);
        // As wide as the list, never wider: long text wraps instead of scrolling sideways.
        setPrefWidth(0);
        setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && !isEmpty() && getItem() != null) {
                onActivate.accept(getItem());
            }
        });
    }

    @Override
    protected void updateItem(PlacedThread placed, boolean empty) {
        super.updateItem(placed, empty);
        setText(null);
        if (empty || placed == null) {
            setGraphic(null);
            return;
        }
        CommentThread thread = placed.thread();
        CommentAnchor anchor = thread.anchor();
        status.setIconCode(thread.isOpen() ? Feather.MESSAGE_SQUARE : Feather.CHECK_CIRCLE);
        status.getStyleClass().setAll("ikonli-font-icon", thread.isOpen() ? "comment-open" : "comment-resolved");
        String where = placed.place() == null ? anchor.blockId() : placed.place().path();
        place.setText(I18n.text("comment.ui.place", thread.id(), where
                + (anchor.onFigure() ? " " + anchor.figureLabel() : "")));
        orphan.setText(placed.orphaned() ? I18n.text("comment.ui.orphan." + placed.orphan().name()) : "");
        orphan.setVisible(placed.orphaned());
        orphan.setManaged(placed.orphaned());
        String said = I18n.text("comment.ui.meta", thread.author(), when(thread.at()));
        CommentEvent change = thread.lastChange();
        if (change != null) {
            said += I18n.text(thread.isOpen() ? "comment.ui.reopenedBy" : "comment.ui.resolvedBy", change.who(),
                    when(change.at()));
        }
        meta.setText(said);
        body.setText(thread.opening().body());
        replies.getChildren().clear();
        for (Comment reply : thread.replies()) {
            Label answer = new Label(I18n.text("comment.ui.reply", reply.author(), when(reply.at()), reply.body()));
            answer.setWrapText(true);
            answer.setMinWidth(0);
            answer.getStyleClass().add("comment-reply");
            replies.getChildren().add(answer);
        }
        setGraphic(row);
    }

    static String when(Instant at) {
        return WHEN.format(at.atZone(ZoneId.systemDefault()));
    }
}
