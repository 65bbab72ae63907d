package org.esgstudio.office.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.esgstudio.model.Footnote;
import org.esgstudio.model.Inline;
import org.esgstudio.model.InlineMarkup;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.ReportIds;

/**
 * Turns a draft's inline runs into the report's marked-up text ({@link InlineMarkup}): Word's footnote keys become
 * fresh footnote ids (the footnotes collected for the block), special characters are escaped, and a line break
 * inside a paragraph folds to nothing between Chinese characters and to a space elsewhere (the report's paragraphs
 * have no manual line breaks). Texts are Chinese; English is left empty.
 */
final class DraftMarkup {
    private final Map<String, List<Inline>> footnoteTexts;
    private final Set<String> taken;

    DraftMarkup(Map<String, List<Inline>> footnoteTexts, Set<String> taken) {
        this.footnoteTexts = footnoteTexts;
        this.taken = taken;
    }

    /** A fresh id with this prefix, never used in the report or this import. */
    String freshId(String prefix) {
        return ReportIds.fresh(taken, prefix);
    }

    /** The marked-up text of the runs; each footnote they refer to is added to {@code notes} with a fresh id. */
    String markup(List<Inline> runs, List<Footnote> notes) {
        List<Inline> out = new ArrayList<>();
        for (Inline run : trimmed(folded(runs))) {
            if (run instanceof Inline.FootnoteRef ref) {
                List<Inline> text = footnoteTexts.get(ref.footnoteId());
                if (text == null) {
                    continue;
                }
                String id = freshId("n");
                notes.add(new Footnote(id, LocalizedText.zh(InlineMarkup.format(trimmed(folded(text))))));
                out.add(new Inline.FootnoteRef(id));
            } else {
                out.add(run);
            }
        }
        return InlineMarkup.format(out);
    }

    /** The footnotes the runs refer to, without keeping the references (for texts that cannot show them). */
    List<Footnote> notesOf(List<Inline> runs) {
        List<Footnote> notes = new ArrayList<>();
        markup(runs, notes);
        return notes;
    }

    /** The text a reader sees, on one line, without marks. */
    static String plain(List<Inline> runs) {
        StringBuilder out = new StringBuilder();
        for (Inline run : trimmed(folded(runs))) {
            if (run instanceof Inline.Text t) {
                out.append(t.text());
            } else if (run instanceof Inline.Emphasis e) {
                out.append(e.text());
            }
        }
        return out.toString();
    }

    static LocalizedText zh(String text) {
        return LocalizedText.zh(text);
    }

    /** Line breaks folded: nothing between two Chinese characters, else one space; tabs read as spaces. */
    static List<Inline> folded(List<Inline> runs) {
        String all = joined(runs);
        List<Inline> out = new ArrayList<>();
        int offset = 0;
        for (Inline run : runs) {
            String text = run instanceof Inline.Text t ? t.text() : run instanceof Inline.Emphasis e ? e.text() : null;
            if (text == null) {
                out.add(run);
                continue;
            }
            StringBuilder folded = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    char before = previous(all, offset + i);
                    char after = next(all, offset + i);
                    if (!(isCjk(before) && isCjk(after)) && before != 0 && after != 0 && before != ' ') {
                        folded.append(' ');
                    }
                } else if (c == '\t') {
                    folded.append(' ');
                } else {
                    folded.append(c);
                }
            }
            offset += text.length();
            if (folded.length() > 0) {
                out.add(run instanceof Inline.Emphasis ? new Inline.Emphasis(folded.toString())
                        : new Inline.Text(folded.toString()));
            }
        }
        return out;
    }

    /** The runs without white space at the start and the end (ideographic spaces used as indents included). */
    static List<Inline> trimmed(List<Inline> runs) {
        List<Inline> out = new ArrayList<>(runs);
        while (!out.isEmpty() && textOf(out.get(0)) != null) {
            String text = stripLeading(textOf(out.get(0)));
            if (!text.isEmpty()) {
                out.set(0, withText(out.get(0), text));
                break;
            }
            out.remove(0);
        }
        while (!out.isEmpty() && textOf(out.get(out.size() - 1)) != null) {
            int last = out.size() - 1;
            String text = stripTrailing(textOf(out.get(last)));
            if (!text.isEmpty()) {
                out.set(last, withText(out.get(last), text));
                break;
            }
            out.remove(last);
        }
        return out;
    }

    /** Splits runs at the first line break: the first line and the rest (empty when there is no break). */
    static List<List<Inline>> firstLine(List<Inline> runs) {
        List<Inline> first = new ArrayList<>();
        List<Inline> rest = new ArrayList<>();
        boolean broken = false;
        for (Inline run : runs) {
            String text = textOf(run);
            if (broken || text == null || text.indexOf('\n') < 0) {
                (broken ? rest : first).add(run);
                continue;
            }
            int at = text.indexOf('\n');
            if (at > 0) {
                first.add(withText(run, text.substring(0, at)));
            }
            if (at + 1 < text.length()) {
                rest.add(withText(run, text.substring(at + 1)));
            }
            broken = true;
        }
        return List.of(first, rest);
    }

    private static String joined(List<Inline> runs) {
        StringBuilder all = new StringBuilder();
        runs.forEach(run -> {
            String text = textOf(run);
            if (text != null) {
                all.append(text);
            }
        });
        return all.toString();
    }

    private static char previous(String all, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = all.charAt(i);
            if (c != '\n' && c != '\r') {
                return c;
            }
        }
        return 0;
    }

    private static char next(String all, int at) {
        for (int i = at + 1; i < all.length(); i++) {
            char c = all.charAt(i);
            if (c != '\n' && c != '\r') {
                return c;
            }
        }
        return 0;
    }

    private static boolean isCjk(char c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || block == Character.UnicodeBlock.GENERAL_PUNCTUATION && (c == '“' || c == '”' || c == '…' || c == '—');
    }

    static String textOf(Inline run) {
        return run instanceof Inline.Text t ? t.text() : run instanceof Inline.Emphasis e ? e.text() : null;
    }

    private static Inline withText(Inline run, String text) {
        return run instanceof Inline.Emphasis ? new Inline.Emphasis(text) : new Inline.Text(text);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0';
    }

    private static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return s.substring(i);
    }

    private static String stripTrailing(String s) {
        int i = s.length();
        while (i > 0 && isSpace(s.charAt(i - 1))) {
            i--;
        }
        return s.substring(0, i);
    }
}
