package org.esgstudio.cli;

import java.util.List;
import org.esgstudio.review.compare.DiffSegment;

/**
 * A field's diff on one terminal line, as wdiff writes it: {@code …用水量[-98,652-]{+97,120+}立方米…}, shared text
 * cut to a few characters around each edit, line breaks shown as ⏎.
 */
final class ChangeText {
    static final int CONTEXT = 10;
    static final int WHOLE = 60;

    private ChangeText() {
    }

    static String of(List<DiffSegment> diff) {
        StringBuilder line = new StringBuilder();
        boolean onlyOneKind = diff.stream().map(DiffSegment::kind).distinct().count() == 1;
        for (int i = 0; i < diff.size(); i++) {
            DiffSegment segment = diff.get(i);
            String text = segment.text().replace("\n", "⏎");
            switch (segment.kind()) {
                case DELETED -> line.append("[-").append(onlyOneKind ? cut(text, WHOLE) : text).append("-]");
                case INSERTED -> line.append("{+").append(onlyOneKind ? cut(text, WHOLE) : text).append("+}");
                default -> line.append(shared(text, i > 0, i < diff.size() - 1));
            }
        }
        return line.toString();
    }

    private static String shared(String text, boolean afterEdit, boolean beforeEdit) {
        int n = text.codePointCount(0, text.length());
        if (afterEdit && beforeEdit) {
            return n <= 2 * CONTEXT + 1 ? text : head(text, CONTEXT) + "…" + tail(text, CONTEXT);
        }
        if (afterEdit) {
            return n <= CONTEXT ? text : head(text, CONTEXT) + "…";
        }
        if (beforeEdit) {
            return n <= CONTEXT ? text : "…" + tail(text, CONTEXT);
        }
        return cut(text, WHOLE);
    }

    private static String cut(String text, int length) {
        return text.codePointCount(0, text.length()) <= length ? text : head(text, length) + "…";
    }

    private static String head(String text, int codePoints) {
        return text.substring(0, text.offsetByCodePoints(0, codePoints));
    }

    private static String tail(String text, int codePoints) {
        return text.substring(text.offsetByCodePoints(text.length(), -codePoints));
    }
}
