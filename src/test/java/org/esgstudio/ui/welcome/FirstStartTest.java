package org.esgstudio.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.esgstudio.ui.settings.AppSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a start opens the welcome: the first start with no file, unless automation turns it off. */
class FirstStartTest {
    private static final List<String> NO_FILE = List.of();
    private static final UnaryOperator<String> NOTHING_SET = name -> null;

    @TempDir
    Path dir;

    private AppSettings fresh() {
        return AppSettings.load(dir.resolve("settings.properties"));
    }

    @Test
    void theFirstStartWithNoFileShowsTheWelcome() {
        assertThat(FirstStart.showsWelcome(NO_FILE, fresh(), NOTHING_SET, NOTHING_SET)).isTrue();
    }

    @Test
    void aStartWithAFileNeverShowsItNotEvenWhenForced() {
        List<String> file = List.of("/home/王/报告/2024.esg");

        assertThat(FirstStart.showsWelcome(file, fresh(), NOTHING_SET, NOTHING_SET)).isFalse();
        assertThat(FirstStart.showsWelcome(file, fresh(), Map.of(FirstStart.PROPERTY, "true")::get, NOTHING_SET))
                .isFalse();
    }

    @Test
    void onceShownItIsNotShownAgainUnlessTheUserTickedShowAtStart() throws Exception {
        AppSettings settings = fresh();
        settings.welcomeShown(true);
        settings.save();
        AppSettings reloaded = AppSettings.load(settings.file());
        assertThat(FirstStart.showsWelcome(NO_FILE, reloaded, NOTHING_SET, NOTHING_SET)).isFalse();

        reloaded.welcomeAtStart(true);
        reloaded.save();
        assertThat(FirstStart.showsWelcome(NO_FILE, AppSettings.load(settings.file()), NOTHING_SET, NOTHING_SET))
                .isTrue();
    }

    @Test
    void automationTurnsItOffWithThePropertyOrTheEnvironmentAndThePropertyWins() {
        assertThat(FirstStart.showsWelcome(NO_FILE, fresh(), Map.of(FirstStart.PROPERTY, "false")::get,
                NOTHING_SET)).isFalse();
        assertThat(FirstStart.showsWelcome(NO_FILE, fresh(), NOTHING_SET,
                Map.of(FirstStart.ENVIRONMENT, "0")::get)).isFalse();
        assertThat(FirstStart.showsWelcome(NO_FILE, fresh(), Map.of(FirstStart.PROPERTY, "true")::get,
                Map.of(FirstStart.ENVIRONMENT, "false")::get)).isTrue();
    }

    @Test
    void trueShowsItAtEveryStartWithNoFileAndAnUnknownValueChangesNothing() {
        AppSettings shown = fresh();
        shown.welcomeShown(true);

        assertThat(FirstStart.showsWelcome(NO_FILE, shown, Map.of(FirstStart.PROPERTY, "TRUE")::get, NOTHING_SET))
                .isTrue();
        assertThat(FirstStart.showsWelcome(NO_FILE, shown, Map.of(FirstStart.PROPERTY, "maybe")::get, NOTHING_SET))
                .isFalse();
        assertThat(FirstStart.showsWelcome(NO_FILE, fresh(), Map.of(FirstStart.PROPERTY, "maybe")::get, NOTHING_SET))
                .isTrue();
    }
}
