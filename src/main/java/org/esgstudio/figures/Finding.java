package org.esgstudio.figures;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.esgstudio.i18n.Messages;

/**
 * One finding of the validator, as {@code validate --json} prints it: severity, kind, the indicator and year it is
 * about (may be null), the figure as written, what the store says, a message (key and arguments, shown in the
 * user's language), where it is (chapter › section › block) and the block's id.
 */
public record Finding(Severity severity, FindingKind kind, String indicator, Integer year, String text,
                      String expected, String key, Object[] args, String location, String blockId) {
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(kind, "kind");
        text = Objects.requireNonNullElse(text, "");
        expected = Objects.requireNonNullElse(expected, "");
        args = args == null ? new Object[0] : args.clone();
        location = Objects.requireNonNullElse(location, "");
    }

    public String message() {
        return Messages.get(key, args);
    }

    public String message(Locale locale) {
        return Messages.format(locale, key, args);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Finding f && f.severity == severity && f.kind == kind
                && Objects.equals(f.indicator, indicator) && Objects.equals(f.year, year) && f.text.equals(text)
                && f.expected.equals(expected) && f.key.equals(key) && Arrays.equals(f.args, args)
                && f.location.equals(location) && Objects.equals(f.blockId, blockId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(severity, kind, indicator, year, text, location, blockId);
    }

    @Override
    public String toString() {
        return severity + " " + kind.json() + " " + location + ": " + key + " " + Arrays.toString(args);
    }
}
