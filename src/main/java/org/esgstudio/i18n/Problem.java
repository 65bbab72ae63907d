package org.esgstudio.i18n;

import java.util.Locale;

/** One problem found in an input, with its place (e.g. {@code data.csv!F12} or {@code report.json line 40}). */
public record Problem(String place, String key, Object... args) {
    public Problem {
        args = args.clone();
    }

    public String message() {
        return place + ": " + Messages.get(key, args);
    }

    public String message(Locale locale) {
        return place + ": " + Messages.format(locale, key, args);
    }

    @Override
    public String toString() {
        return message();
    }
}
