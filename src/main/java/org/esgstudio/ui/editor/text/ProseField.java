package org.esgstudio.ui.editor.text;

import java.util.function.Function;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.esgstudio.model.Language;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.ui.common.I18n;

/**
 * One text of a block in both languages: the Chinese area with its figure marks, and the English area beside it
 * (two columns) or hidden, as the window's English toggle says.
 */
final class ProseField {
    /** What the editor hears from a field: a user's change, and Enter (a list splits its item there). */
    interface Owner {
        void edited(ProseField field, Language language);

        void enter(ProseField field, Language language);
    }

    private final ProseArea zh;
    private final ProseArea en;
    private final FigureMarking marking;
    private final MarkPopup hover;
    private final HBox root;

    ProseField(boolean markup, Function<Chip, String> zhChipHover, Function<Chip, String> enChipHover,
               ObservableBooleanValue englishVisible, Owner owner) {
        zh = area(markup, zhChipHover, "prose-zh", I18n.text("ui.prose.noChinese"));
        en = area(markup, enChipHover, "prose-en", I18n.text("ui.prose.noEnglish"));
        marking = new FigureMarking(zh);
        hover = new MarkPopup(zh, marking);
        zh.setOnEdited(() -> owner.edited(this, Language.ZH));
        en.setOnEdited(() -> owner.edited(this, Language.EN));
        enter(zh, () -> owner.enter(this, Language.ZH));
        enter(en, () -> owner.enter(this, Language.EN));
        en.visibleProperty().bind(englishVisible);
        en.managedProperty().bind(englishVisible);
        root = new HBox(12, zh, en);
        root.getStyleClass().add("prose-field");
        root.setFillHeight(true);
        HBox.setHgrow(zh, Priority.ALWAYS);
        HBox.setHgrow(en, Priority.ALWAYS);
    }

    private static ProseArea area(boolean markup, Function<Chip, String> chipHover, String styleClass,
                                  String placeholder) {
        ProseArea area = new ProseArea(markup, chipHover);
        area.getStyleClass().add(styleClass);
        area.setAutoHeight(true);
        // Equal columns: both start from nothing and grow alike.
        area.setPrefWidth(10);
        area.setMinWidth(10);
        Label missing = new Label(placeholder);
        missing.getStyleClass().add("prose-placeholder");
        area.setPlaceholder(missing, Pos.TOP_LEFT);
        return area;
    }

    private static void enter(ProseArea area, Runnable action) {
        // One text is one paragraph: Enter never breaks the line (a list item is split by its owner instead).
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                action.run();
            }
        });
    }

    /**
     * Shows the texts, replacing an area's content only when its text differs from what it shows; {@code refresh}
     * redraws the chips (a value in the store or the footnotes changed).
     */
    void show(LocalizedText text, ProseDocument.Labels zhLabels, ProseDocument.Labels enLabels, boolean refresh) {
        if (zh.show(text.zh(), zhLabels)) {
            marking.reapply();
        } else if (refresh) {
            zh.refreshChips(zhLabels);
        }
        if (!en.show(text.en(), enLabels) && refresh) {
            en.refreshChips(enLabels);
        }
    }

    ProseArea area(Language language) {
        return language == Language.EN ? en : zh;
    }

    /** The language of one of this field's areas, or null when it is not one of them. */
    Language languageOf(ProseArea area) {
        return area == zh ? Language.ZH : area == en ? Language.EN : null;
    }

    FigureMarking marking() {
        return marking;
    }

    MarkPopup hover() {
        return hover;
    }

    Node view() {
        return root;
    }
}
