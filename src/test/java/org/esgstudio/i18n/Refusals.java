package org.esgstudio.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The oracle of the fuzz tests for a refused input: a {@link UserFacingException} (or an {@link InputRejectedException}
 * with its problems) whose every message key exists in both the Chinese and the English bundle, formats without error
 * in both, and names the file it is about. Anything else is a bug; it is thrown as an {@link AssertionError}.
 */
public final class Refusals {
    private static final List<Locale> LOCALES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
    private static final Map<String, Properties> FILES = load();

    private Refusals() {
    }

    /** Checks that {@code refusal} is a clear message, in both languages, naming {@code fileName}. */
    public static void check(UserFacingException refusal, String fileName) {
        if (refusal instanceof InputRejectedException rejected) {
            for (Problem problem : rejected.problems()) {
                checkKey(problem.key(), refusal);
                if (problem.place() == null || problem.place().isBlank()) {
                    throw new AssertionError("a problem without a place: " + problem.key(), refusal);
                }
            }
        } else {
            checkKey(refusal.key(), refusal);
        }
        for (Locale locale : LOCALES) {
            String message;
            try {
                message = refusal.message(locale);
            } catch (RuntimeException e) {
                AssertionError error = new AssertionError("the message " + refusal.key() + " does not format in "
                        + locale + ": " + e, e);
                error.addSuppressed(refusal);
                throw error;
            }
            if (message == null || message.isBlank()) {
                throw new AssertionError("an empty message for " + refusal.key(), refusal);
            }
            if (fileName != null && !message.contains(fileName)) {
                throw new AssertionError("the message does not name the file " + fileName + ": " + message, refusal);
            }
        }
    }

    private static void checkKey(String key, UserFacingException refusal) {
        // each file on its own: the English bundle would otherwise fall back to the Chinese base for a missing key
        for (Map.Entry<String, Properties> file : FILES.entrySet()) {
            if (!file.getValue().containsKey(key)) {
                throw new AssertionError("the message key " + key + " is missing in " + file.getKey(), refusal);
            }
        }
    }

    private static Map<String, Properties> load() {
        Map<String, Properties> files = new LinkedHashMap<>();
        for (String name : List.of("i18n/messages.properties", "i18n/messages_en.properties")) {
            Properties properties = new Properties();
            try (InputStream in = Refusals.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException(name + " is not on the class path");
                }
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            files.put(name, properties);
        }
        return files;
    }
}
