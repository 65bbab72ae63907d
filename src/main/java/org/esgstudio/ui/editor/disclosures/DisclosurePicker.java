package org.esgstudio.ui.editor.disclosures;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import org.esgstudio.frameworks.Catalogue;
import org.esgstudio.frameworks.CatalogueEntry;
import org.esgstudio.frameworks.CatalogueGroup;
import org.esgstudio.frameworks.Catalogues;
import org.esgstudio.frameworks.Disclosure;
import org.esgstudio.ui.common.I18n;

/**
 * Chooses disclosures to tag an element with: a catalogue (GRI first), a filter on code and Chinese or English title,
 * the catalogue's disclosures grouped by standard or indicator, several checked at once (Space checks the row
 * chosen). Disclosures the element already carries are shown checked and cannot be chosen again. Does not block the
 * window: the chosen codes ({@code gri-2021:305-1} …) arrive when the dialog closes with 添加.
 */
public final class DisclosurePicker {
    /** The catalogue shown first when it is at hand. */
    public static final String DEFAULT_CATALOGUE = "gri-2021";

    /** A row of the tree: a group (standard, dimension, indicator) or a disclosure. */
    sealed interface Item permits GroupItem, EntryItem {
    }

    record GroupItem(CatalogueGroup group) implements Item {
    }

    record EntryItem(Catalogue catalogue, CatalogueEntry entry) implements Item {
    }

    private final Set<String> already;
    private final ObservableSet<String> chosen = FXCollections.observableSet(new LinkedHashSet<>());
    private final ComboBox<Catalogue> catalogue = new ComboBox<>();
    private final TextField filter = new TextField();
    private final TreeView<Item> tree = new TreeView<>();
    private final Label count = new Label();
    private final Dialog<List<String>> dialog = new Dialog<>();
    private final ButtonType add = new ButtonType(I18n.text("ui.disclosure.pickerAdd"), ButtonBar.ButtonData.OK_DONE);

    private DisclosurePicker(Catalogues catalogues, Collection<String> already) {
        this.already = Set.copyOf(already);
        dialog.setTitle(I18n.text("ui.disclosure.pickerTitle"));
        dialog.setResizable(true);
        catalogue.setId("pickerCatalogue");
        catalogue.getItems().setAll(catalogues.all());
        Callback<javafx.scene.control.ListView<Catalogue>, ListCell<Catalogue>> cells = list -> new ListCell<>() {
            @Override
            protected void updateItem(Catalogue item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label(DisclosureLabels.language()));
            }
        };
        catalogue.setCellFactory(cells);
        catalogue.setButtonCell(cells.call(null));
        catalogue.setMaxWidth(Double.MAX_VALUE);
        catalogue.setValue(catalogues.find(DEFAULT_CATALOGUE)
                .orElse(catalogues.all().isEmpty() ? null : catalogues.all().get(0)));
        catalogue.valueProperty().addListener((obs, old, now) -> rebuild());
        filter.setId("pickerFilter");
        filter.setPromptText(I18n.text("ui.disclosure.pickerFilter"));
        filter.textProperty().addListener((obs, old, now) -> rebuild());
        filter.setOnAction(event -> {
            tree.requestFocus();
            firstEntry(tree.getRoot()).ifPresent(item -> tree.getSelectionModel().select(item));
            event.consume();
        });
        tree.setId("pickerTree");
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new PickerCell());
        tree.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            TreeItem<Item> item = tree.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.SPACE && item != null && item.getValue() instanceof EntryItem entry) {
                toggle(entry.entry().tag());
                event.consume();
            }
        });
        VBox.setVgrow(tree, Priority.ALWAYS);
        count.setId("pickerCount");
        count.getStyleClass().add("text-muted");
        chosen.addListener((SetChangeListener<String>) change -> {
            count.setText(I18n.text("ui.disclosure.pickerChosen", chosen.size()));
            tree.refresh();
        });
        count.setText(I18n.text("ui.disclosure.pickerChosen", 0));
        Label catalogueLabel = new Label(I18n.text("ui.disclosure.pickerCatalogue"));
        catalogueLabel.setLabelFor(catalogue);
        catalogueLabel.setMinWidth(Label.USE_PREF_SIZE);
        HBox.setHgrow(catalogue, Priority.ALWAYS);
        HBox top = new HBox(8, catalogueLabel, catalogue);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(8, top, filter, tree, count);
        content.setPadding(new Insets(4, 0, 0, 0));
        content.setPrefSize(600, 520);
        dialog.getDialogPane().setId("disclosurePicker");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStylesheets().add(DisclosureBar.STYLESHEET);
        dialog.getDialogPane().getButtonTypes().addAll(add, new ButtonType(I18n.text("ui.export.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(add).setId("pickerAdd");
        dialog.getDialogPane().lookupButton(add).disableProperty()
                .bind(javafx.beans.binding.Bindings.isEmpty(chosen));
        dialog.setResultConverter(button -> button == add ? List.copyOf(chosen) : null);
        rebuild();
    }

    /**
     * Opens the picker beside {@code owner}; {@code already}: the codes the element carries. {@code onDone} gets the
     * newly chosen codes when the dialog closes with 添加.
     */
    public static DisclosurePicker open(Node owner, Catalogues catalogues, Collection<String> already,
                                        Consumer<List<String>> onDone) {
        DisclosurePicker picker = new DisclosurePicker(catalogues, already);
        Dialog<List<String>> dialog = picker.dialog;
        if (owner != null && owner.getScene() != null && owner.getScene().getWindow() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        dialog.setOnHidden(event -> {
            List<String> result = dialog.getResult();
            if (result != null && !result.isEmpty()) {
                onDone.accept(result);
            }
        });
        dialog.show();
        Platform.runLater(picker.filter::requestFocus);
        return picker;
    }

    /** Checks or unchecks a disclosure ({@code gri-2021:305-1}); one the element carries already stays as it is. */
    public void toggle(String tag) {
        if (already.contains(tag)) {
            return;
        }
        if (!chosen.remove(tag)) {
            chosen.add(tag);
        }
    }

    /** The codes checked so far, in the order they were checked. */
    public ObservableSet<String> chosen() {
        return chosen;
    }

    public Dialog<List<String>> dialog() {
        return dialog;
    }

    /** The tree again for the catalogue and filter as they are now: groups with no matching disclosure are left out. */
    private void rebuild() {
        TreeItem<Item> root = new TreeItem<>();
        Catalogue shown = catalogue.getValue();
        if (shown != null) {
            Map<String, CatalogueEntry> entries = new HashMap<>();
            for (CatalogueEntry entry : DisclosureSearch.filter(shown, filter.getText())) {
                entries.put(entry.code(), entry);
            }
            boolean filtering = filter.getText() != null && !filter.getText().isBlank();
            for (CatalogueGroup group : shown.groups()) {
                group(shown, group, entries, filtering).ifPresent(root.getChildren()::add);
            }
        }
        tree.setRoot(root);
    }

    private java.util.Optional<TreeItem<Item>> group(Catalogue shown, CatalogueGroup group,
                                                     Map<String, CatalogueEntry> entries, boolean filtering) {
        TreeItem<Item> item = new TreeItem<>(new GroupItem(group));
        boolean holdsChosen = false;
        for (Disclosure disclosure : group.disclosures()) {
            CatalogueEntry entry = entries.get(disclosure.code());
            if (entry != null) {
                item.getChildren().add(new TreeItem<>(new EntryItem(shown, entry)));
                holdsChosen |= already.contains(entry.tag()) || chosen.contains(entry.tag());
            }
        }
        List<TreeItem<Item>> children = new ArrayList<>();
        for (CatalogueGroup child : group.groups()) {
            group(shown, child, entries, filtering).ifPresent(children::add);
        }
        item.getChildren().addAll(children);
        if (item.getChildren().isEmpty()) {
            return java.util.Optional.empty();
        }
        // While filtering everything found is open; else the groups of groups (E, S, G) and what holds a chosen one.
        boolean expanded = filtering || !children.isEmpty() || holdsChosen
                || children.stream().anyMatch(TreeItem::isExpanded);
        item.setExpanded(expanded);
        return java.util.Optional.of(item);
    }

    private static java.util.Optional<TreeItem<Item>> firstEntry(TreeItem<Item> item) {
        if (item == null) {
            return java.util.Optional.empty();
        }
        for (TreeItem<Item> child : item.getChildren()) {
            if (child.getValue() instanceof EntryItem) {
                return java.util.Optional.of(child);
            }
            java.util.Optional<TreeItem<Item>> inside = firstEntry(child);
            if (inside.isPresent()) {
                return inside;
            }
        }
        return java.util.Optional.empty();
    }

    /** A group shows its code and title; a disclosure a check box with its code and title. */
    private final class PickerCell extends TreeCell<Item> {
        private final CheckBox box = new CheckBox();

        PickerCell() {
            box.setOnAction(event -> {
                if (getItem() instanceof EntryItem entry) {
                    toggle(entry.entry().tag());
                }
            });
        }

        @Override
        protected void updateItem(Item item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("picker-group");
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
            } else if (item instanceof GroupItem group) {
                getStyleClass().add("picker-group");
                String title = DisclosureLabels.text(group.group().title());
                setText(title.startsWith(group.group().code()) ? title : group.group().code() + "  " + title);
                setGraphic(null);
            } else if (item instanceof EntryItem entry) {
                String tag = entry.entry().tag();
                boolean carried = already.contains(tag);
                String label = DisclosureLabels.cited(entry.catalogue(), entry.entry()) + "  "
                        + DisclosureLabels.text(entry.entry().title());
                box.setText(carried ? I18n.text("ui.disclosure.pickerCarried", label) : label);
                box.setSelected(carried || chosen.contains(tag));
                box.setDisable(carried);
                box.setUserData(tag);
                setText(null);
                setGraphic(box);
            }
        }
    }
}
