package org.esgstudio.ui.welcome;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.esgstudio.ui.common.I18n;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The welcome shown over the report on the first start (and from 帮助 › 欢迎): what is open, the three tasks —
 * edit, check, export — each with where the menu has it and a button that goes there, New report… and Open…, and
 * the 启动时显示 box. Esc closes it, Enter presses the focused button; closing tells the window what the box says.
 */
public final class WelcomeDialog {
    private final VBox root = new VBox(18);
    private final CheckBox atStart = new CheckBox(I18n.text("welcome.atStart"));
    private final WelcomeActions actions;
    private Button first;
    private Stage stage;

    /**
     * @param about one line on what is open (the sample's working copy, or the report the user opened)
     * @param reportOpen whether a report is open (without one the task buttons are off)
     * @param showAtStart how the 启动时显示 box starts
     */
    public WelcomeDialog(String about, boolean reportOpen, boolean showAtStart, WelcomeActions actions) {
        this.actions = actions;
        root.setId("welcome");
        root.getStyleClass().add("welcome");
        root.setPrefWidth(900);
        root.getStylesheets().add(WelcomeDialog.class.getResource("welcome.css").toExternalForm());
        Label title = new Label(I18n.text("welcome.title"));
        title.setId("welcomeTitle");
        title.getStyleClass().add("title-2");
        Label aboutLine = wrapping(about);
        aboutLine.setId("welcomeAbout");
        HBox cards = new HBox(16);
        cards.setId("welcomeTasks");
        for (WelcomeTask task : WelcomeTask.values()) {
            cards.getChildren().add(card(task, reportOpen));
        }
        atStart.setId("welcomeAtStart");
        atStart.setSelected(showAtStart);
        HBox footer = footer();
        if (first == null) {
            first = (Button) footer.getChildren().get(0); // no report: New report… first
        }
        root.getChildren().addAll(new VBox(6, title, aboutLine), cards, footer);
    }

    private VBox card(WelcomeTask task, boolean reportOpen) {
        FontIcon icon = new FontIcon(task.icon());
        icon.getStyleClass().add("welcome-icon");
        Label heading = new Label(I18n.text(task.key() + ".title"), icon);
        heading.getStyleClass().addAll("title-3", "welcome-heading");
        heading.setGraphicTextGap(10);
        Label text = wrapping(I18n.text(task.key() + ".text"));
        VBox menus = new VBox(4);
        for (MenuPath menu : task.menus()) {
            Label path = new Label(menu.path());
            path.getStyleClass().add("welcome-path");
            path.setMinWidth(Region.USE_PREF_SIZE);
            HBox line = new HBox(8, path);
            line.setAlignment(Pos.BASELINE_LEFT);
            if (!menu.shortcut().isEmpty()) {
                Label keys = new Label(menu.shortcut());
                keys.getStyleClass().add("welcome-keys");
                keys.setMinWidth(Region.USE_PREF_SIZE);
                line.getChildren().add(keys);
            }
            menus.getChildren().add(line);
        }
        Region push = new Region();
        VBox.setVgrow(push, Priority.ALWAYS);
        Button go = new Button(I18n.text(task.key() + ".button"));
        go.setId(task.buttonId());
        go.setMnemonicParsing(false);
        go.getStyleClass().addAll("button-outlined", "accent");
        go.setMaxWidth(Double.MAX_VALUE);
        go.setDisable(!reportOpen);
        go.setOnAction(event -> {
            close();
            actions.start(task);
        });
        if (first == null && reportOpen) {
            first = go;
        }
        VBox card = new VBox(10, heading, text, menus, push, go);
        card.setId("welcomeCard-" + task.name().toLowerCase(Locale.ROOT));
        card.getStyleClass().add("welcome-card");
        card.setPrefWidth(280);
        card.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(card, Priority.ALWAYS);
        return card;
    }

    private HBox footer() {
        Button newReport = new Button(MenuPath.label(I18n.text("ui.menu.new")));
        newReport.setId("welcomeNew");
        newReport.setMnemonicParsing(false);
        newReport.setOnAction(event -> {
            close();
            actions.newReport();
        });
        Button open = new Button(MenuPath.label(I18n.text("ui.menu.open")));
        open.setId("welcomeOpen");
        open.setMnemonicParsing(false);
        open.setOnAction(event -> {
            close();
            actions.open();
        });
        Button close = new Button(I18n.text("welcome.close"));
        close.setId("welcomeClose");
        close.setMnemonicParsing(false);
        close.setOnAction(event -> close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(8, newReport, open, spacer, atStart, close);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.getStyleClass().add("welcome-footer");
        return footer;
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /**
     * Shows the welcome over {@code owner} (window-modal, centred on it) and returns at once; {@code onClosed} gets
     * whether 启动时显示 is ticked when it closes, however it closes. Call on the FX thread.
     */
    public Stage show(Window owner, Consumer<Boolean> onClosed) {
        stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(I18n.text("welcome.window"));
        Scene scene = new Scene(root);
        java.net.URL studio = WelcomeDialog.class.getResource("/org/esgstudio/ui/studio.css");
        if (studio != null) {
            scene.getStylesheets().add(studio.toExternalForm());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                close();
            } else if (event.getCode() == KeyCode.ENTER && scene.getFocusOwner() instanceof ButtonBase button
                    && !button.isDisabled()) {
                event.consume();
                button.fire();
            }
        });
        stage.setScene(scene);
        stage.setResizable(false);
        stage.setOnHidden(event -> onClosed.accept(atStart.isSelected()));
        stage.show();
        first.requestFocus();
        return stage;
    }

    /** Closes the welcome (as its close button, Esc and the window's close box do). */
    public void close() {
        if (stage != null) {
            stage.close();
        }
    }

    public Node view() {
        return root;
    }
}
