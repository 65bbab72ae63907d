package org.esgstudio.ui.data;

import java.util.Locale;
import java.util.Objects;
import org.esgstudio.data.Indicator;

/** Which indicators the data grid lists: one category and one department (empty = all) and a search text. */
public record IndicatorFilter(String category, String department, String search) {
    public static final IndicatorFilter ALL = new IndicatorFilter("", "", "");

    public IndicatorFilter {
        category = Objects.requireNonNullElse(category, "");
        department = Objects.requireNonNullElse(department, "");
        search = Objects.requireNonNullElse(search, "").strip();
    }

    /** Search looks in the code, the Chinese and English names and the aliases, ignoring case. */
    public boolean matches(Indicator indicator) {
        if (!category.isEmpty() && !category.equals(indicator.category())) {
            return false;
        }
        if (!department.isEmpty() && !department.equals(indicator.department())) {
            return false;
        }
        if (search.isEmpty()) {
            return true;
        }
        String wanted = search.toLowerCase(Locale.ROOT);
        if (contains(indicator.code(), wanted) || contains(indicator.name().zh(), wanted)
                || contains(indicator.name().en(), wanted)) {
            return true;
        }
        return indicator.aliases().stream().anyMatch(alias -> contains(alias, wanted));
    }

    private static boolean contains(String text, String wanted) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(wanted);
    }
}
