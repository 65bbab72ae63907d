package org.esgstudio.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings survive a restart, damaged files give defaults, and the recent list keeps existing files only. */
class AppSettingsTest {
    @TempDir
    Path dir;

    @Test
    void whatIsSavedIsReadBackAfterARestart() throws Exception {
        Path file = dir.resolve("settings.properties");
        AppSettings settings = AppSettings.load(file);
        settings.windowBounds(10, 20, 1400, 900);
        settings.maximized(true);
        settings.dividers("columns", new double[] {0.2, 0.65});
        settings.language(Locale.ENGLISH);
        settings.englishVisible(false);
        settings.save();

        AppSettings again = AppSettings.load(file);

        assertThat(again.windowBounds()).hasValueSatisfying(b -> assertThat(b).containsExactly(10, 20, 1400, 900));
        assertThat(again.maximized()).isTrue();
        assertThat(again.dividers("columns")).hasValueSatisfying(d -> assertThat(d).containsExactly(0.2, 0.65));
        assertThat(again.language()).isEqualTo(Locale.ENGLISH);
        assertThat(again.englishVisible()).isFalse();
        assertThat(Files.list(dir)).containsExactly(file);
    }

    @Test
    void aMissingOrDamagedFileGivesDefaults() throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "window.bounds=abc\nsplit.columns=2,3\n\\u00");

        AppSettings settings = AppSettings.load(file);

        assertThat(settings.windowBounds()).isEmpty();
        assertThat(settings.dividers("columns")).isEmpty();
        assertThat(settings.language()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(AppSettings.load(dir.resolve("none.properties")).englishVisible()).isTrue();
    }

    @Test
    void recentProjectsAreNewestFirstWithoutDuplicatesOrMissingFiles() throws Exception {
        AppSettings settings = AppSettings.load(dir.resolve("settings.properties"));
        Path a = Files.createFile(dir.resolve("a.esg"));
        Path b = Files.createFile(dir.resolve("b.esg"));
        settings.opened(a);
        settings.opened(b);
        settings.opened(a);
        settings.opened(dir.resolve("gone.esg"));

        assertThat(settings.recent()).containsExactly(a, b);
    }
}
