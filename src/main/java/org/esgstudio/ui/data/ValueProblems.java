package org.esgstudio.ui.data;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.esgstudio.figures.Finding;
import org.esgstudio.figures.FindingKind;
import org.esgstudio.figures.ValidationReport;

/**
 * The values the latest validation has something against: a failing rule or an unexplained year-on-year jump of the
 * indicator, or a figure in the report that disagrees with it. Grids give those cells a warning style.
 */
public final class ValueProblems {
    private static final Set<FindingKind> ABOUT_VALUES = EnumSet.of(FindingKind.RULE, FindingKind.YOY,
            FindingKind.MISMATCH);
    private static final ValueProblems NONE = new ValueProblems(Map.of());

    private final Map<String, List<String>> messages;

    private ValueProblems(Map<String, List<String>> messages) {
        this.messages = messages;
    }

    public static ValueProblems of(ValidationReport report) {
        if (report == null) {
            return NONE;
        }
        Map<String, List<String>> messages = new HashMap<>();
        for (Finding finding : report.findings()) {
            if (ABOUT_VALUES.contains(finding.kind()) && finding.indicator() != null && finding.year() != null) {
                List<String> about = messages.computeIfAbsent(key(finding.indicator(), finding.year()),
                        k -> new ArrayList<>());
                String message = finding.message();
                if (!about.contains(message)) {
                    about.add(message);
                }
            }
        }
        return new ValueProblems(messages);
    }

    private static String key(String code, int year) {
        return code + "@" + year;
    }

    public boolean has(String code, int year) {
        return messages.containsKey(key(code, year));
    }

    /** The findings' messages about this value, in the report's order (errors first). */
    public List<String> about(String code, int year) {
        return messages.getOrDefault(key(code, year), List.of());
    }
}
