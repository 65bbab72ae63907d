package org.esgstudio.ui;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.esgstudio.ui.common.I18n;

/** The main window: the outline on the left, the selected element's texts in the centre, a status line below. */
public final class MainWindow {
    private final BorderPane root = new BorderPane();

    public MainWindow(MainViewModel model) {
        Label opening = new Label(I18n.text("ui.status.opening"));
        opening.getStyleClass().add("text-muted");
        root.setCenter(opening);
        model.workspaceProperty().addListener((obs, old, workspace) ->
                root.setCenter(workspace == null ? opening : new WorkspaceView(workspace, model).view()));
        root.setTop(header(model));
        root.setBottom(statusBar(model));
    }

    private static HBox header(MainViewModel model) {
        Label name = new Label(I18n.text("ui.app.name"));
        name.getStyleClass().add("title-4");
        Label report = new Label();
        report.setId("reportTitle");
        report.getStyleClass().add("text-muted");
        model.projectProperty().addListener((obs, old, project) -> report.setText(project == null ? ""
                : project.report().settings().company().zh() + " · " + project.report().settings().title().zh()));
        HBox header = new HBox(16, name, report);
        header.setPadding(new Insets(10, 16, 10, 16));
        header.getStyleClass().add("esg-header");
        return header;
    }

    private static HBox statusBar(MainViewModel model) {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(14, 14);
        busy.visibleProperty().bind(model.loadingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, status, spacer, busy);
        bar.setPadding(new Insets(4, 12, 4, 12));
        bar.getStyleClass().add("esg-status");
        return bar;
    }

    public Parent root() {
        return root;
    }

    /** Puts the window on a stage with the app's theme and styles, its title following the open report. */
    public void showIn(javafx.stage.Stage stage, MainViewModel model) {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        javafx.scene.Scene scene = new javafx.scene.Scene(root, 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("studio.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(model.windowTitleProperty());
        stage.show();
    }
}
