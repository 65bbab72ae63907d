package org.esgstudio.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The inline marks of paragraph text: {@code **emphasis**}, {@code [^note-id]} and {@code {{CODE@2024}}};
 * a backslash escapes a mark character. {@link #format} is the exact inverse of {@link #parse}
 * on its own output.
 */
public final class InlineMarkup {

    private static final String SPECIAL = "\\*[]{}";

    private InlineMarkup() {
    }

    /** Splits marked-up text into runs; malformed marks raise {@link MarkupException} with the offset. */
    public static List<Inline> parse(String source) {
        List<Inline> runs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean emphasis = false;
        int emphasisStart = -1;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\' && i + 1 < source.length()) {
                text.append(source.charAt(i + 1));
                i += 2;
            } else if (source.startsWith("**", i)) {
                flush(runs, text, emphasis);
                emphasis = !emphasis;
                emphasisStart = i;
                i += 2;
            } else if (source.startsWith("[^", i)) {
                int end = source.indexOf(']', i);
                if (end < 0) {
                    throw new MarkupException("footnote reference “[^” is not closed with “]”", i, "guard.markup.footnoteUnclosed");
                }
                String id = source.substring(i + 2, end).trim();
                if (id.isEmpty()) {
                    throw new MarkupException("footnote reference “[^]” names no footnote", i, "guard.markup.footnoteEmpty");
                }
                flush(runs, text, emphasis);
                runs.add(new Inline.FootnoteRef(id));
                i = end + 1;
            } else if (source.startsWith("{{", i)) {
                int end = source.indexOf("}}", i);
                if (end < 0) {
                    throw new MarkupException("figure reference “{{” is not closed with “}}”", i, "guard.markup.figureUnclosed");
                }
                flush(runs, text, emphasis);
                runs.add(figureRef(source.substring(i + 2, end).trim(), i));
                i = end + 2;
            } else {
                text.append(c);
                i++;
            }
        }
        if (emphasis) {
            throw new MarkupException("emphasis “**” is opened but never closed", emphasisStart,
                    "guard.markup.emphasisUnclosed");
        }
        flush(runs, text, false);
        return runs;
    }

    private static Inline.FigureRef figureRef(String body, int offset) {
        int at = body.indexOf('@');
        String code = at < 0 ? body : body.substring(0, at).trim();
        if (code.isEmpty()) {
            throw new MarkupException("figure reference “{{}}” names no indicator", offset, "guard.markup.figureEmpty");
        }
        if (at < 0) {
            return new Inline.FigureRef(code, null);
        }
        String year = body.substring(at + 1).trim();
        if (!year.matches("\\d{4}")) {
            throw new MarkupException("figure reference “{{" + body + "}}” has no four-digit year after “@”", offset,
                    "guard.markup.figureYear", body);
        }
        return new Inline.FigureRef(code, Integer.valueOf(year));
    }

    private static void flush(List<Inline> runs, StringBuilder text, boolean emphasis) {
        if (text.length() == 0) {
            return;
        }
        runs.add(emphasis ? new Inline.Emphasis(text.toString()) : new Inline.Text(text.toString()));
        text.setLength(0);
    }

    /** Writes runs back as marked-up text. */
    public static String format(List<Inline> runs) {
        StringBuilder out = new StringBuilder();
        for (Inline run : runs) {
            if (run instanceof Inline.Text t) {
                escape(t.text(), out);
            } else if (run instanceof Inline.Emphasis e) {
                out.append("**");
                escape(e.text(), out);
                out.append("**");
            } else if (run instanceof Inline.FootnoteRef f) {
                out.append("[^").append(f.footnoteId()).append(']');
            } else if (run instanceof Inline.FigureRef r) {
                out.append("{{").append(r.indicator());
                if (r.year() != null) {
                    out.append('@').append(r.year());
                }
                out.append("}}");
            }
        }
        return out.toString();
    }

    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
    }

    /** The text a reader sees, with marks removed and figure references shown by the given function. */
    public static String plainText(String source, java.util.function.Function<Inline.FigureRef, String> figure) {
        StringBuilder out = new StringBuilder();
        for (Inline run : parse(source)) {
            if (run instanceof Inline.Text t) {
                out.append(t.text());
            } else if (run instanceof Inline.Emphasis e) {
                out.append(e.text());
            } else if (run instanceof Inline.FigureRef r) {
                out.append(figure.apply(r));
            }
        }
        return out.toString();
    }

    /**
     * A malformed inline mark, with the character offset where it starts; its message is English (logs, tests), its
     * {@link #key()} a message whose arguments are the language, the 1-based character position, then {@link #args()}.
     */
    public static final class MarkupException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final int offset;
        private final String key;
        private final transient Object[] args;

        public MarkupException(String message, int offset) {
            this(message, offset, null);
        }

        public MarkupException(String message, int offset, String key, Object... args) {
            super(message + " (at character " + (offset + 1) + ")");
            this.offset = offset;
            this.key = key;
            this.args = args.clone();
        }

        public int offset() {
            return offset;
        }

        /** The message key, or null for a mark without one. */
        public String key() {
            return key;
        }

        public Object[] args() {
            return args.clone();
        }
    }
}
