package org.esgstudio.layout.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the lines of one paragraph against the typesetting rules, independently of how the breaker works, and
 * lists every violation as a readable sentence (empty when all hold).
 */
final class LineRules {
    static final String NO_START = "，。、；：？！）」』》】〕〉”’％‰…—·,.;:!?)%";
    static final String NO_END = "（「『《【〔〈“‘([";
    private static final Pattern UNBREAKABLE = Pattern.compile(
            "\\d{1,3}(,\\d{3})+(\\.\\d+)?%?|\\d+\\.\\d+%?|\\d+%?|[A-Za-z]+|——|……");
    private static final String UNITS = "人亿年元次名余万";
    private static final double TOLERANCE = 1e-6;

    private LineRules() {
    }

    /** The paragraph text as the breaker sees it: whitespace runs as one space, none at either end. */
    static String collapsed(ParagraphSpec spec, StringBuilder markers) {
        StringBuilder out = new StringBuilder();
        for (Span span : spec.spans()) {
            for (int i = 0; i < span.text().length(); i++) {
                char c = span.text().charAt(i);
                if (Character.isWhitespace(c)) {
                    if (out.length() == 0 || out.charAt(out.length() - 1) == ' ') {
                        continue;
                    }
                    c = ' ';
                }
                out.append(c);
                markers.append(span.footnoteId() != null ? 'm' : '.');
            }
        }
        if (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
            markers.setLength(markers.length() - 1);
        }
        return out.toString();
    }

    /** Checks a Chinese paragraph (justified lines may stretch between CJK characters). */
    static List<String> check(ParagraphSpec spec, List<LaidLine> lines) {
        return check(spec, lines, false);
    }

    /** Checks a paragraph; an English one is justified at spaces only, so a line without one may stay short. */
    static List<String> check(ParagraphSpec spec, List<LaidLine> lines, boolean english) {
        List<String> violations = new ArrayList<>();
        StringBuilder markers = new StringBuilder();
        String text = collapsed(spec, markers);
        List<Integer> starts = new ArrayList<>();
        int at = 0;
        for (int k = 0; k < lines.size(); k++) {
            LaidLine line = lines.get(k);
            String source = line.sourceText();
            String where = "line " + (k + 1) + " “" + source + "” of “" + text + "”";
            if (source.isEmpty() || source.startsWith(" ") || source.endsWith(" ") || source.contains("  ")) {
                violations.add(where + ": empty, or spaces at an edge or doubled");
            }
            if (at < text.length() && text.charAt(at) == ' ' && k > 0) {
                at++;
            }
            if (!text.startsWith(source, at)) {
                violations.add(where + ": does not continue the paragraph text at " + at);
                return violations;
            }
            starts.add(at);
            at += source.length();
            checkEdges(line, k, lines.size(), where, violations);
            checkGeometry(spec, line, english, where, violations);
        }
        if (at != text.length()) {
            violations.add("the lines hold " + at + " of the " + text.length() + " characters of “" + text + "”");
        }
        checkUnbroken(text, starts, violations);
        checkLastLine(text, markers, lines, violations);
        return violations;
    }

    private static void checkEdges(LaidLine line, int k, int count, String where, List<String> violations) {
        String source = line.sourceText();
        if (k > 0 && (NO_START.indexOf(source.charAt(0)) >= 0 || line.runs().get(0).footnoteId() != null)) {
            violations.add(where + ": starts with closing punctuation or a footnote marker");
        }
        if (k < count - 1 && NO_END.indexOf(source.charAt(source.length() - 1)) >= 0) {
            violations.add(where + ": ends with opening punctuation");
        }
    }

    private static void checkGeometry(ParagraphSpec spec, LaidLine line, boolean english, String where,
                                      List<String> violations) {
        List<PlacedRun> runs = line.runs();
        for (int r = 0; r < runs.size(); r++) {
            PlacedRun run = runs.get(r);
            if (run.x() < -TOLERANCE || run.x() + run.width() > spec.width() + TOLERANCE) {
                violations.add(where + ": run “" + run.text() + "” outside the column");
            }
            if (r + 1 < runs.size() && Math.abs(run.x() + run.width() - runs.get(r + 1).x()) > TOLERANCE) {
                violations.add(where + ": run “" + run.text() + "” does not end where the next begins");
            }
            String chars = run.text();
            String next = r + 1 < runs.size() ? runs.get(r + 1).text() : "";
            boolean nextIsMarker = r + 1 < runs.size() && runs.get(r + 1).footnoteId() != null;
            for (int i = 0; i < chars.length(); i++) {
                char a = chars.charAt(i);
                char b = i + 1 < chars.length() ? chars.charAt(i + 1) : next.isEmpty() ? 0 : next.charAt(0);
                boolean sameRun = i + 1 < chars.length();
                if (b == 0 || run.footnoteId() != null || !sameRun && nextIsMarker) {
                    continue;
                }
                if (Math.abs(run.charSpacing()) > TOLERANCE && isWordChar(a) && isWordChar(b)) {
                    violations.add(where + ": space added inside the word or number at “" + a + b + "”");
                }
                boolean boundary = isHan(a) && isLatin(b) || isLatin(a) && isHan(b);
                if (boundary && run.charSpacing() < 0.25 * run.size() - TOLERANCE) {
                    violations.add(where + ": no quarter-em space between “" + a + "” and “" + b + "”");
                }
            }
        }
        PlacedRun last = runs.get(runs.size() - 1);
        double end = last.x() + last.width();
        if (spec.alignment() == Alignment.JUSTIFY && !line.last() && stretchable(line.text(), english)
                && (Math.abs(line.width() - spec.width()) > 0.01 || Math.abs(end - spec.width()) > 0.01)) {
            violations.add(where + String.format(Locale.ROOT, ": justified line %.3f wide (ends at %.3f), column %.3f",
                    line.width(), end, spec.width()));
        }
    }

    private static void checkUnbroken(String text, List<Integer> starts, List<String> violations) {
        Matcher m = UNBREAKABLE.matcher(text);
        while (m.find()) {
            for (int s : starts) {
                if (s > m.start() && s < m.end()) {
                    violations.add("“" + m.group() + "” is split across lines in “" + text + "”");
                }
                boolean unit = m.group().matches("[\\d.,]+") && m.end() < text.length()
                        && UNITS.indexOf(text.charAt(m.end())) >= 0;
                if (unit && s == m.end()) {
                    violations.add("“" + m.group() + "” is separated from its unit in “" + text + "”");
                }
            }
        }
    }

    private static void checkLastLine(String text, StringBuilder markers, List<LaidLine> lines,
                                      List<String> violations) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            letters += Character.isLetterOrDigit(text.charAt(i)) && markers.charAt(i) != 'm' ? 1 : 0;
        }
        if (letters < 3 || lines.size() < 2) {
            return;
        }
        int last = 0;
        for (PlacedRun run : lines.get(lines.size() - 1).runs()) {
            if (run.footnoteId() == null) {
                last += (int) run.sourceText().codePoints().filter(Character::isLetterOrDigit).count();
            }
        }
        if (last < 2) {
            violations.add("the last line “" + lines.get(lines.size() - 1).text() + "” holds " + last
                    + " characters that are not punctuation, in “" + text + "”");
        }
    }

    /**
     * A line with a space (or, in Chinese text, a CJK character) can be justified, unless it is one unbreakable
     * item (ICU finds no break inside it), which stays flush left.
     */
    static boolean stretchable(String line, boolean english) {
        boolean gaps = line.chars().anyMatch(c -> c == ' ' || !english && (c >= 0x2E80 || "“”‘’—…·".indexOf(c) >= 0));
        if (!gaps) {
            return false;
        }
        BreakIterator icu = BreakIterator.getLineInstance(new ULocale("zh@lb=strict"));
        icu.setText(line);
        int first = icu.next();
        return first != BreakIterator.DONE && first < line.length();
    }

    private static boolean isWordChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    private static boolean isLatin(char c) {
        return isWordChar(c);
    }

    private static boolean isHan(char c) {
        return c >= 0x4E00 && c <= 0x9FFF;
    }
}
