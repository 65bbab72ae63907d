package org.esgstudio.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-visible texts, from the {@code i18n/messages} bundles: Chinese by default, English when the
 * system property {@code esgstudio.lang} or the environment variable {@code ESGSTUDIO_LANG} says {@code en}.
 */
public final class Messages {
    private static final String BUNDLE = "i18n.messages";
    private static volatile Locale locale = initialLocale();

    private Messages() {
    }

    private static Locale initialLocale() {
        String wanted = System.getProperty("esgstudio.lang", System.getenv("ESGSTUDIO_LANG"));
        return wanted != null && wanted.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    public static Locale locale() {
        return locale;
    }

    public static void setLocale(Locale newLocale) {
        locale = newLocale;
    }

    public static ResourceBundle bundle() {
        return bundle(locale);
    }

    public static ResourceBundle bundle(Locale inLocale) {
        // The base bundle is Chinese: never fall back to the JVM's default locale.
        return ResourceBundle.getBundle(BUNDLE, inLocale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text for a key, with {0}-style arguments filled in. */
    public static String get(String key, Object... args) {
        return format(locale, key, args);
    }

    public static String format(Locale inLocale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(inLocale).getString(key);
        } catch (MissingResourceException missing) {
            return key + (args.length == 0 ? "" : " " + java.util.Arrays.toString(args));
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, inLocale).format(args);
    }
}
