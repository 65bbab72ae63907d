package org.esgstudio.review.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.esgstudio.i18n.Messages;

/**
 * A field's steps ({@code [rows, 3, cells, 2, en]}) as people read them: "第 3 行 · 第 2 列（英文）". A name the
 * bundle does not know is shown as it is stored.
 */
final class FieldLabels {
    private static final String PREFIX = "version.field.";

    private FieldLabels() {
    }

    static String of(List<String> steps) {
        ResourceBundle bundle = Messages.bundle();
        List<String> parts = new ArrayList<>();
        String language = "";
        for (int i = 0; i < steps.size(); i++) {
            String step = steps.get(i);
            boolean last = i == steps.size() - 1;
            if (last && ("zh".equals(step) || "en".equals(step))) {
                language = step;
                continue;
            }
            String number = i + 1 < steps.size() && isNumber(steps.get(i + 1)) ? steps.get(i + 1) : null;
            if (isNumber(step)) {
                continue;
            }
            if (number != null) {
                parts.add(bundle.containsKey(PREFIX + step + ".at") ? Messages.get(PREFIX + step + ".at", number)
                        : name(bundle, step) + " " + number);
            } else {
                parts.add(name(bundle, step));
            }
        }
        String label = String.join(" · ", parts);
        return language.isEmpty() ? label : Messages.get("version.field.inLanguage", label,
                Messages.get("version.language." + language));
    }

    private static String name(ResourceBundle bundle, String step) {
        return bundle.containsKey(PREFIX + step) ? Messages.get(PREFIX + step) : step;
    }

    private static boolean isNumber(String step) {
        return !step.isEmpty() && step.chars().allMatch(Character::isDigit);
    }
}
