package org.esgstudio.ui.export;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Opens an exported file with the system's viewer, or shows it in its folder. Called on a background thread (the
 * system may take a moment); the dialog shows the exception's message when it fails. Tests record the calls instead.
 */
public interface DocumentOpener {
    void open(Path file) throws IOException;

    void reveal(Path file) throws IOException;

    /**
     * The operating system's own commands ({@code open} on macOS, {@code xdg-open} elsewhere on Unix, the shell on
     * Windows). AWT's {@code Desktop} is used on Windows only: on Linux it would load a second GTK next to
     * JavaFX's, and headless it is not there at all; a missing command fails with an exception, never a crash.
     */
    static DocumentOpener system() {
        return new DocumentOpener() {
            private final String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);

            @Override
            public void open(Path file) throws IOException {
                if (os.contains("win") && Desktop.isDesktopSupported()
                        && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    Desktop.getDesktop().open(file.toFile());
                } else if (os.contains("mac")) {
                    start(List.of("open", file.toString()));
                } else if (os.contains("win")) {
                    start(List.of("rundll32", "url.dll,FileProtocolHandler", file.toString()));
                } else {
                    start(List.of("xdg-open", file.toString()));
                }
            }

            @Override
            public void reveal(Path file) throws IOException {
                if (os.contains("win")) {
                    start(List.of("explorer.exe", "/select," + file));
                } else if (os.contains("mac")) {
                    start(List.of("open", "-R", file.toString()));
                } else {
                    // Linux file managers differ in how to select a file; opening its folder works everywhere.
                    start(List.of("xdg-open", file.toAbsolutePath().getParent().toString()));
                }
            }

            private void start(List<String> command) throws IOException {
                new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            }
        };
    }
}
