package org.esgstudio.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.esgstudio.ui.common.I18n;

/** Asks where to save the export; tests answer without a native dialog. */
public interface TargetChooser {
    /** The file chosen, starting from {@code suggested}; empty when the user cancels. */
    Optional<Path> choose(Window owner, Path suggested);

    /** The system's save dialog, limited to files of the suggested file's format (PDF, Word, Excel). */
    static TargetChooser saveDialog() {
        return (owner, suggested) -> {
            FileChooser chooser = new FileChooser();
            ExportFormat format = ExportFormat.of(suggested);
            chooser.setTitle(I18n.text("ui.export.chooseTitle"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.text(format.filesKey()),
                    "*." + format.extension()));
            if (suggested != null) {
                Path folder = suggested.toAbsolutePath().getParent();
                if (folder != null && folder.toFile().isDirectory()) {
                    chooser.setInitialDirectory(folder.toFile());
                }
                chooser.setInitialFileName(suggested.getFileName().toString());
            }
            File chosen = chooser.showSaveDialog(owner);
            return Optional.ofNullable(chosen).map(File::toPath);
        };
    }
}
