package org.esgstudio.data;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.esgstudio.model.LocalizedText;

/**
 * An indicator of the data store: what is measured, in which unit, printed with how many decimals, owned by whom, and
 * its definition (统计口径: what is counted and how), which data-collection templates show the department filling it.
 */
public record Indicator(String code, LocalizedText name, List<String> aliases, String unit, int decimals,
                        String category, String department, String source, List<String> frameworks,
                        LocalizedText definition) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*(\\.[A-Z0-9_]+)*");

    public Indicator {
        Objects.requireNonNull(code, "code");
        if (!isValidCode(code)) {
            throw new IllegalArgumentException("indicator code “" + code + "” must be upper-case letters, digits and _, dot-separated");
        }
        name = LocalizedText.orEmpty(name);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        unit = Objects.requireNonNullElse(unit, "");
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("indicator " + code + ": decimals must be 0–6, not " + decimals);
        }
        category = Objects.requireNonNullElse(category, "");
        department = Objects.requireNonNullElse(department, "");
        source = Objects.requireNonNullElse(source, "");
        frameworks = frameworks == null ? List.of() : List.copyOf(frameworks);
        definition = LocalizedText.orEmpty(definition);
    }

    /** An indicator without a definition (not written yet). */
    public Indicator(String code, LocalizedText name, List<String> aliases, String unit, int decimals,
                     String category, String department, String source, List<String> frameworks) {
        this(code, name, aliases, unit, decimals, category, department, source, frameworks, LocalizedText.EMPTY);
    }

    public Indicator withDefinition(LocalizedText text) {
        return new Indicator(code, name, aliases, unit, decimals, category, department, source, frameworks, text);
    }

    public static boolean isValidCode(String code) {
        return CODE.matcher(code).matches();
    }
}
