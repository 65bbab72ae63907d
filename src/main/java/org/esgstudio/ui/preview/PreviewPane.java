package org.esgstudio.ui.preview;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.esgstudio.layout.BlockSpan;
import org.esgstudio.layout.PageBox;
import org.esgstudio.layout.TextBox;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.common.Tasks;
import org.esgstudio.ui.workspace.Scheduler;
import org.esgstudio.ui.workspace.Workspace;

/**
 * The live page preview beside the editor: the page holding the selected block, painted as the PDF will show it, the
 * block outlined; page navigation and zoom above; a click on a block selects it for editing.
 */
public final class PreviewPane {
    private static final double GAP = 12;
    private static final double STEP = 1.25;

    private final PreviewModel model;
    private final PagePainter painter;
    private final BorderPane root = new BorderPane();
    private final ScrollPane scroll = new ScrollPane();
    private final Canvas canvas = new Canvas();
    private final Pane marks = new Pane();
    private final ToggleButton fitWidth = new ToggleButton(I18n.text("ui.preview.fitWidth"));
    private final Label status = new Label();
    private double zoom = 1;

    public PreviewPane(Workspace workspace) {
        this(workspace, Scheduler.timer(), Tasks.background(), Tasks.fxThread());
    }

    /** With the threads given (tests pass an immediate scheduler). */
    public PreviewPane(Workspace workspace, Scheduler scheduler, Executor background, Executor ui) {
        PreviewImages images = new PreviewImages();
        this.painter = new PagePainter(new PreviewFonts(), images::image);
        this.model = new PreviewModel(workspace, scheduler, background, ui, pages -> {
            pages.pages().stream().flatMap(page -> page.boxes().stream()).filter(TextBox.class::isInstance)
                    .map(box -> ((TextBox) box).face()).distinct().forEach(PreviewFonts::load);
            images.decode(pages.project().assets());
        });
        root.setTop(toolbar());
        root.setCenter(pageArea());
        root.setId("preview");
        root.setAccessibleText(I18n.text("ui.preview.title"));
        model.pageProperty().addListener((obs, was, now) -> repaint());
        model.highlightProperty().addListener((obs, was, now) -> outline(true));
        model.failureProperty().addListener((obs, was, now) -> status.setText(now == null ? ""
                : I18n.text("ui.preview.failed", String.valueOf(now.getMessage()))));
        scroll.viewportBoundsProperty().addListener((obs, was, now) -> {
            if (fitWidth.isSelected() && was.getWidth() != now.getWidth()) {
                repaint();
            }
        });
        status.setText(I18n.text("ui.preview.laying"));
    }

    private Node toolbar() {
        Button previous = button("‹", "ui.preview.previous", "previewPrevious");
        previous.setOnAction(e -> model.previous());
        previous.disableProperty().bind(model.pageIndexProperty().lessThanOrEqualTo(0));
        Button next = button("›", "ui.preview.next", "previewNext");
        next.setOnAction(e -> model.next());
        next.disableProperty().bind(model.pageIndexProperty().greaterThanOrEqualTo(
                model.pageCountProperty().subtract(1)));
        Label number = new Label();
        number.setId("previewPageNumber");
        number.textProperty().bind(Bindings.createStringBinding(() -> model.pageProperty().get() == null ? ""
                        : I18n.text("ui.preview.page", model.pageIndexProperty().get() + 1, model.pageCountProperty().get()),
                model.pageProperty(), model.pageIndexProperty(), model.pageCountProperty()));
        Button smaller = button("−", "ui.preview.zoomOut", "previewZoomOut");
        smaller.setOnAction(e -> zoomTo(scale() / STEP));
        Button larger = button("+", "ui.preview.zoomIn", "previewZoomIn");
        larger.setOnAction(e -> zoomTo(scale() * STEP));
        fitWidth.setId("previewFitWidth");
        fitWidth.setSelected(true);
        fitWidth.setOnAction(e -> repaint());
        status.setId("previewStatus");
        return new ToolBar(previous, number, next, smaller, fitWidth, larger, status);
    }

    private static Button button(String text, String tooltipKey, String id) {
        Button button = new Button(text);
        button.setTooltip(new Tooltip(I18n.text(tooltipKey)));
        button.setId(id);
        return button;
    }

    private Node pageArea() {
        canvas.setId("previewCanvas");
        marks.setMouseTransparent(true);
        marks.setManaged(false);
        Pane sheet = new Pane(canvas, marks);
        sheet.setEffect(new javafx.scene.effect.DropShadow(6, Color.gray(0, 0.35)));
        StackPane paper = new StackPane(sheet);
        paper.setPadding(new Insets(GAP));
        paper.setAlignment(Pos.TOP_CENTER);
        paper.setStyle("-fx-background-color: #8a8f96;");
        sheet.setMaxSize(Pane.USE_PREF_SIZE, Pane.USE_PREF_SIZE);
        sheet.prefWidthProperty().bind(canvas.widthProperty());
        sheet.prefHeightProperty().bind(canvas.heightProperty());
        canvas.setOnMouseClicked(e -> model.selectAt(e.getY() / zoom));
        scroll.setContent(paper);
        scroll.setFitToWidth(true);
        scroll.setPannable(false);
        return scroll;
    }

    private void zoomTo(double scale) {
        fitWidth.setSelected(false);
        zoom = Math.max(0.25, Math.min(4, scale));
        repaint();
    }

    /** Pixels per point: the page as wide as the viewport when fitting the width, else the chosen zoom. */
    double scale() {
        PageBox page = model.pageProperty().get();
        if (!fitWidth.isSelected() || page == null) {
            return zoom;
        }
        double width = scroll.getViewportBounds().getWidth() - 2 * GAP;
        return width > 50 ? width / page.width() : zoom;
    }

    private void repaint() {
        PageBox page = model.pageProperty().get();
        if (page == null) {
            canvas.setWidth(0);
            canvas.setHeight(0);
            return;
        }
        status.setText("");
        zoom = scale();
        canvas.setWidth(Math.ceil(page.width() * zoom));
        canvas.setHeight(Math.ceil(page.height() * zoom));
        painter.paint(page, canvas.getGraphicsContext2D(), zoom);
        outline(false);
    }

    /** Outlines the selected block's spans; scrolls the first into view when the selection moved. */
    private void outline(boolean scrollTo) {
        PageBox page = model.pageProperty().get();
        List<BlockSpan> spans = model.highlightProperty().get();
        marks.getChildren().clear();
        if (page == null) {
            return;
        }
        for (BlockSpan span : spans) {
            Rectangle2D area = SpanArea.of(page, span);
            Rectangle mark = new Rectangle(area.getMinX() * zoom, area.getMinY() * zoom, area.getWidth() * zoom,
                    area.getHeight() * zoom);
            mark.setFill(Color.rgb(255, 200, 0, 0.16));
            mark.setStroke(Color.rgb(230, 150, 0));
            mark.setStrokeWidth(1.5);
            mark.getStyleClass().add("preview-highlight");
            marks.getChildren().add(mark);
        }
        if (scrollTo && !spans.isEmpty()) {
            double contentHeight = canvas.getHeight() + 2 * GAP;
            double viewport = scroll.getViewportBounds().getHeight();
            if (contentHeight > viewport && viewport > 0) {
                double top = spans.get(0).top() * zoom + GAP;
                scroll.setVvalue(Math.max(0, Math.min(1, (top - viewport / 3) / (contentHeight - viewport))));
            }
        }
    }

    /** The preview's state (tests read the page on show and the highlight through it). */
    public PreviewModel model() {
        return model;
    }

    public Node node() {
        return root;
    }
}
