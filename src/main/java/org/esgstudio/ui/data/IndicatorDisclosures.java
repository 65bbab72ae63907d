package org.esgstudio.ui.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.esgstudio.data.Indicator;
import org.esgstudio.frameworks.Catalogues;
import org.esgstudio.model.DisclosureTags;
import org.esgstudio.store.OpenMode;
import org.esgstudio.ui.common.Frameworks;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.common.Tasks;
import org.esgstudio.ui.editor.disclosures.DisclosurePicker;
import org.esgstudio.ui.workspace.Edit;

/**
 * The disclosure codes of indicators on the data page: shown in their column, added through the same picker as the
 * editor's (an indicator's codes make the data tables and the KPI table that show it places of the disclosure), and
 * cleared; each change one undoable edit of the data.
 */
final class IndicatorDisclosures {
    private final DataViewModel model;
    private Catalogues catalogues;

    IndicatorDisclosures(DataViewModel model) {
        this.model = model;
        Tasks.create(Frameworks::catalogues).onSuccess(loaded -> catalogues = loaded).run();
    }

    /** The codes as cited: "GRI 305-1; CIAA E.5.2". */
    static String shown(Indicator indicator) {
        List<String> cited = new ArrayList<>();
        for (String code : indicator.frameworks()) {
            if (!DisclosureTags.wellFormed(code)) {
                cited.add(code);
                continue;
            }
            String catalogue = DisclosureTags.catalogueOf(code);
            String prefix = catalogue.startsWith("gri") ? "GRI"
                    : catalogue.replaceFirst("-\\d{4}$", "").toUpperCase(Locale.ROOT);
            cited.add(prefix + " " + DisclosureTags.disclosureOf(code));
        }
        return String.join("; ", cited);
    }

    /** A context menu on every row: 标注披露项… and 清除披露项. */
    void install(TableView<IndicatorRow> table) {
        boolean writable = model.workspace().file().mode() != OpenMode.READ_ONLY;
        table.setRowFactory(view -> {
            TableRow<IndicatorRow> row = new TableRow<>();
            MenuItem add = new MenuItem(I18n.text("ui.data.disclosures.add"));
            add.setOnAction(event -> {
                if (row.getItem() != null && catalogues != null) {
                    Indicator indicator = row.getItem().indicator();
                    DisclosurePicker.open(table, catalogues, indicator.frameworks(),
                            chosen -> change(indicator.code(), chosen, false));
                }
            });
            MenuItem clear = new MenuItem(I18n.text("ui.data.disclosures.clear"));
            clear.setOnAction(event -> {
                if (row.getItem() != null) {
                    change(row.getItem().indicator().code(), List.of(), true);
                }
            });
            add.setDisable(!writable);
            clear.setDisable(!writable);
            row.contextMenuProperty().bind(javafx.beans.binding.Bindings.when(row.emptyProperty())
                    .then((ContextMenu) null).otherwise(new ContextMenu(add, clear)));
            return row;
        });
    }

    /** Adds codes to (or with {@code replace}, sets) an indicator's codes: one undoable edit. */
    void change(String code, List<String> codes, boolean replace) {
        model.workspace().apply(Edit.data(I18n.text(replace ? "ui.data.disclosures.clearEdit"
                : "ui.data.disclosures.addEdit"), data -> data.indicator(code).map(indicator -> {
                    LinkedHashSet<String> all = new LinkedHashSet<>(replace ? List.of() : indicator.frameworks());
                    all.addAll(codes);
                    return data.withIndicator(new Indicator(indicator.code(), indicator.name(), indicator.aliases(),
                            indicator.unit(), indicator.decimals(), indicator.category(), indicator.department(),
                            indicator.source(), List.copyOf(all), indicator.definition()));
                }).orElse(data)));
    }
}
