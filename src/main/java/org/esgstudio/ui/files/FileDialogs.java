package org.esgstudio.ui.files;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.esgstudio.ui.common.I18n;

/** Choosing project files; tests replace the system choosers with their own answers. */
public interface FileDialogs {
    /** An existing project to open. */
    Optional<Path> openProject(Window owner);

    /** Where to create a new project, suggesting a file name. */
    Optional<Path> newProject(Window owner, String suggestedName);

    /** A Word draft (.docx) to import; the system's chooser unless a test answers. */
    default Optional<Path> openDraft(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.text("ui.files.draftTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.text("ui.files.docx"), "*.docx"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    /** The system's file choosers, filtered to project files (*.esg). */
    static FileDialogs system() {
        return new FileDialogs() {
            @Override
            public Optional<Path> openProject(Window owner) {
                FileChooser chooser = chooser("ui.files.openTitle");
                return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> newProject(Window owner, String suggestedName) {
                FileChooser chooser = chooser("ui.files.newTitle");
                chooser.setInitialFileName(suggestedName);
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath)
                        .map(path -> path.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".esg") ? path
                                : path.resolveSibling(path.getFileName() + ".esg"));
            }

            private FileChooser chooser(String titleKey) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(I18n.text(titleKey));
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.text("ui.files.esg"), "*.esg"));
                return chooser;
            }
        };
    }
}
