package org.esgstudio.ui.welcome;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.esgstudio.ui.settings.AppSettings;

/**
 * Whether a start of the app opens the welcome over the report: only a start with no file (the sample opens), and
 * only the first such start, or every one when the user ticked 启动时显示. Automation turns it off with
 * {@code -Desgstudio.welcome=false} or {@code ESGSTUDIO_WELCOME=false} ({@code true} shows it at every start with no
 * file, for screenshots and demonstrations).
 */
public final class FirstStart {
    public static final String PROPERTY = "esgstudio.welcome";
    public static final String ENVIRONMENT = "ESGSTUDIO_WELCOME";

    private FirstStart() {
    }

    /** With this JVM's system properties and environment. */
    public static boolean showsWelcome(List<String> args, AppSettings settings) {
        return showsWelcome(args, settings, System::getProperty, System::getenv);
    }

    static boolean showsWelcome(List<String> args, AppSettings settings, UnaryOperator<String> properties,
            UnaryOperator<String> environment) {
        if (!args.isEmpty()) {
            return false; // a file was opened (a double-clicked .esg): the user knows what they came for
        }
        String forced = properties.apply(PROPERTY);
        if (forced == null || forced.isBlank()) {
            forced = environment.apply(ENVIRONMENT);
        }
        if (forced != null && !forced.isBlank()) {
            String value = forced.strip().toLowerCase(Locale.ROOT);
            if (value.equals("false") || value.equals("0") || value.equals("off") || value.equals("no")) {
                return false;
            }
            if (value.equals("true") || value.equals("1") || value.equals("on") || value.equals("yes")) {
                return true;
            }
        }
        return !settings.welcomeShown() || settings.welcomeAtStart();
    }
}
