package org.esgstudio.ui.editor.text;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.ui.common.I18n;

/** Asks for a new footnote's Chinese and English text; the Chinese is required. Does not block the window. */
final class FootnoteDialog {
    private FootnoteDialog() {
    }

    static Dialog<LocalizedText> open(Node owner, Consumer<LocalizedText> onDone) {
        Dialog<LocalizedText> dialog = new Dialog<>();
        dialog.setTitle(I18n.text("ui.prose.footnote.title"));
        TextArea zh = text("footnoteZh", I18n.text("ui.prose.footnote.zhPrompt"));
        TextArea en = text("footnoteEn", I18n.text("ui.prose.footnote.enPrompt"));
        VBox content = new VBox(6, new Label(I18n.text("ui.prose.footnote.zh")), zh,
                new Label(I18n.text("ui.prose.footnote.en")), en);
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStylesheets().add(ProseEditor.STYLESHEET);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(zh.textProperty().map(String::isBlank));
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? LocalizedText.of(zh.getText().strip(), en.getText().strip()) : null);
        Dialogs.show(dialog, owner, onDone);
        javafx.application.Platform.runLater(zh::requestFocus);
        return dialog;
    }

    private static TextArea text(String id, String prompt) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPromptText(prompt);
        area.setWrapText(true);
        area.setPrefRowCount(3);
        return area;
    }
}
