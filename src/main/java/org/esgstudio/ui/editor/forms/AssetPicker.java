package org.esgstudio.ui.editor.forms;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.esgstudio.data.Project;
import org.esgstudio.model.Asset;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.common.Tasks;

/** Chooses a picture among the project's assets, with a thumbnail of the one chosen (decoded off the FX thread). */
final class AssetPicker {
    static final double THUMB_WIDTH = 160;
    static final double THUMB_HEIGHT = 100;

    private final Supplier<Project> project;
    private final boolean optional;
    private final ChoiceField<String> choice;
    private final ImageView thumbnail = new ImageView();
    private final HBox root;
    private String shown;

    /** {@code optional}: "" (no picture) is offered too. */
    AssetPicker(Supplier<Project> project, boolean optional) {
        this.project = project;
        this.optional = optional;
        choice = new ChoiceField<>(names(project.get()),
                name -> name.isEmpty() ? I18n.text("ui.forms.image.none") : name);
        choice.id("asset");
        thumbnail.setId("thumbnail");
        thumbnail.setFitWidth(THUMB_WIDTH);
        thumbnail.setFitHeight(THUMB_HEIGHT);
        thumbnail.setPreserveRatio(true);
        StackPane frame = new StackPane(thumbnail);
        frame.getStyleClass().add("form-thumbnail");
        frame.setMinSize(THUMB_WIDTH, THUMB_HEIGHT);
        frame.setMaxSize(THUMB_WIDTH, THUMB_HEIGHT);
        root = new HBox(10, choice.box(), frame);
        root.setAlignment(Pos.TOP_LEFT);
    }

    private List<String> names(Project now) {
        List<String> names = new ArrayList<>();
        if (optional) {
            names.add("");
        }
        now.assets().forEach(asset -> names.add(asset.name()));
        return names;
    }

    AssetPicker onEdit(Consumer<String> listener) {
        choice.onEdit(listener);
        return this;
    }

    void show(String name) {
        String value = Objects.requireNonNullElse(name, "");
        choice.offer(names(project.get()));
        choice.show(value);
        if (!value.equals(shown)) {
            shown = value;
            load(value);
        }
    }

    private void load(String name) {
        thumbnail.setImage(null);
        byte[] bytes = project.get().asset(name).map(Asset::bytes).orElse(null);
        if (bytes == null) {
            return;
        }
        Tasks.create(() -> new Image(new ByteArrayInputStream(bytes), THUMB_WIDTH * 2, THUMB_HEIGHT * 2, true, true))
                .onSuccess(image -> {
                    if (name.equals(shown) && !image.isError()) {
                        thumbnail.setImage(image);
                    }
                })
                .run();
    }

    ImageView thumbnail() {
        return thumbnail;
    }

    Node view() {
        return root;
    }
}
