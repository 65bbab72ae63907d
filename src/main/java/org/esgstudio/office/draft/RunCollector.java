package org.esgstudio.office.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.esgstudio.model.Inline;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The content of one Word paragraph: its text as inline runs (bold runs as emphasis; italic has no mark in the report
 * model and reads as plain text), footnote references, and the pictures and text boxes anchored in it. Bold is the
 * run's own {@code w:b} or its character style's (a paragraph style's bold, as in headings and titles, is the style's
 * look, not emphasis). Hidden text, deleted text and field instructions are skipped.
 */
final class RunCollector {

    /** Looks up a footnote's text by key ("f2", "e1"); null when the document has no such note. */
    interface Footnotes {
        List<Inline> text(String key);
    }

    /** A picture (its relationship id) or a text box ({@code w:txbxContent}) anchored in the paragraph. */
    record Anchored(String picture, String name, Element box, boolean beforeText) {
    }

    private final WordStyles styles;
    private final Footnotes footnotes;
    private final List<Inline> runs = new ArrayList<>();
    private final List<Anchored> objects = new ArrayList<>();
    private boolean footnoteSeen;
    private boolean italicSeen;
    private boolean linkedPicture;
    private String shapeName = "";

    RunCollector(WordStyles styles, Footnotes footnotes) {
        this.styles = styles;
        this.footnotes = footnotes;
    }

    /** Reads a {@code w:p} (a footnote's own reference mark is no text, so it is skipped like other marks). */
    void read(Element paragraph) {
        walk(paragraph);
    }

    List<Inline> runs() {
        List<Inline> cleaned = new ArrayList<>();
        for (Inline run : runs) {
            Inline each = run instanceof Inline.Emphasis e && e.text().isBlank() ? new Inline.Text(e.text()) : run;
            add(cleaned, each);
        }
        return cleaned;
    }

    List<Anchored> objects() {
        return objects;
    }

    String plain() {
        StringBuilder out = new StringBuilder();
        for (Inline run : runs) {
            if (run instanceof Inline.Text t) {
                out.append(t.text());
            } else if (run instanceof Inline.Emphasis e) {
                out.append(e.text());
            }
        }
        return out.toString();
    }

    boolean isBlank() {
        return plain().isBlank() && !footnoteSeen;
    }

    boolean hasFootnotes() {
        return footnoteSeen;
    }

    boolean sawItalic() {
        return italicSeen;
    }

    /** Whether a picture was only linked to an outside file (never fetched: the import is offline). */
    boolean sawLinkedPicture() {
        return linkedPicture;
    }

    private void walk(Node node) {
        for (Element child : WordXml.children(node)) {
            if (WordXml.is(child, WordXml.W, "r")) {
                run(child);
            } else if (WordXml.is(child, WordXml.W, "sdt")) {
                WordXml.child(child, "sdtContent").ifPresent(this::walk);
            } else if (WordXml.is(child, WordXml.MC, "AlternateContent")) {
                Optional<Element> choice = chosen(child, true);
                choice.ifPresent(this::walk);
            } else if (isTransparent(child)) {
                walk(child);
            }
        }
    }

    /** Wrappers whose runs are part of the text: links, smart tags, insertions of tracked changes, simple fields. */
    private static boolean isTransparent(Element element) {
        if (!WordXml.W.equals(element.getNamespaceURI())) {
            return false;
        }
        return switch (element.getLocalName()) {
            case "hyperlink", "smartTag", "customXml", "ins", "moveTo", "fldSimple", "dir", "bdo" -> true;
            default -> false;
        };
    }

    private void run(Element r) {
        Element rPr = WordXml.child(r, "rPr").orElse(null);
        if (rPr != null && WordXml.toggle(rPr, "vanish").orElse(false)) {
            return;
        }
        boolean bold = formatted(rPr, "b");
        if (formatted(rPr, "i")) {
            italicSeen = true;
        }
        for (Element child : WordXml.children(r)) {
            if (WordXml.is(child, WordXml.MC, "AlternateContent")) {
                alternate(child);
                continue;
            }
            if (!WordXml.W.equals(child.getNamespaceURI())) {
                continue;
            }
            switch (child.getLocalName()) {
                case "t" -> append(WordXml.text(child), bold);
                case "tab", "ptab" -> append(" ", false);
                case "br" -> {
                    String type = WordXml.attribute(child, WordXml.W, "type");
                    if (type.isEmpty() || type.equals("textWrapping")) {
                        append("\n", false);
                    }
                }
                case "cr" -> append("\n", false);
                case "noBreakHyphen" -> append("-", bold);
                case "footnoteReference" -> reference("f" + WordXml.attribute(child, WordXml.W, "id"));
                case "endnoteReference" -> reference("e" + WordXml.attribute(child, WordXml.W, "id"));
                case "drawing", "pict", "object" -> objects(child);
                default -> {
                    // rPr, delText, instrText, fldChar, footnoteRef, separators, symbols: not text of the draft
                }
            }
        }
    }

    /** Whether a run is bold (or italic): its own property, else its character style's. */
    private boolean formatted(Element rPr, String property) {
        if (rPr == null) {
            return false;
        }
        Optional<Boolean> direct = WordXml.toggle(rPr, property);
        if (direct.isPresent()) {
            return direct.get();
        }
        return WordXml.childValue(rPr, "rStyle").map(id -> styles.characterStyleSets(id, property)).orElse(false);
    }

    private void reference(String key) {
        List<Inline> text = footnotes.text(key);
        if (text != null) {
            footnoteSeen = true;
            runs.add(new Inline.FootnoteRef(key));
        }
    }

    private void append(String text, boolean emphasis) {
        if (text.isEmpty()) {
            return;
        }
        add(runs, emphasis ? new Inline.Emphasis(text) : new Inline.Text(text));
    }

    /** Adds a run, joining it to the last one when both are plain text or both emphasis. */
    private static void add(List<Inline> runs, Inline run) {
        Inline last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
        if (last instanceof Inline.Text a && run instanceof Inline.Text b) {
            runs.set(runs.size() - 1, new Inline.Text(a.text() + b.text()));
        } else if (last instanceof Inline.Emphasis a && run instanceof Inline.Emphasis b) {
            runs.set(runs.size() - 1, new Inline.Emphasis(a.text() + b.text()));
        } else {
            runs.add(run);
        }
    }

    /** Of {@code mc:AlternateContent}, the first choice that holds anything, else the fallback (never both). */
    private void alternate(Element alternate) {
        int before = objects.size();
        for (Element child : WordXml.children(alternate)) {
            if (WordXml.is(child, WordXml.MC, "Choice")) {
                objects(child);
                if (objects.size() > before) {
                    return;
                }
            }
        }
        chosen(alternate, false).ifPresent(this::objects);
    }

    /** The first non-empty choice (when {@code choiceFirst}) or else the fallback of an {@code mc:AlternateContent}. */
    private static Optional<Element> chosen(Element alternate, boolean choiceFirst) {
        if (choiceFirst) {
            for (Element child : WordXml.children(alternate)) {
                if (WordXml.is(child, WordXml.MC, "Choice") && !WordXml.children(child).isEmpty()) {
                    return Optional.of(child);
                }
            }
        }
        for (Element child : WordXml.children(alternate)) {
            if (WordXml.is(child, WordXml.MC, "Fallback")) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    /** Pictures and text boxes inside a drawing, a VML picture or an embedded object. */
    private void objects(Element node) {
        if (WordXml.is(node, WordXml.MC, "AlternateContent")) {
            alternate(node);
            return;
        }
        if (WordXml.is(node, WordXml.W, "txbxContent")) {
            objects.add(new Anchored(null, shapeName, node, plain().isBlank()));
            return;
        }
        if (WordXml.is(node, WordXml.WP, "docPr")) {
            shapeName = WordXml.attribute(node, "", "name");
        } else if (WordXml.is(node, WordXml.A, "blip")) {
            picture(WordXml.attribute(node, WordXml.R, "embed"), !WordXml.attribute(node, WordXml.R, "link").isEmpty());
        } else if (WordXml.is(node, WordXml.V, "imagedata")) {
            picture(WordXml.attribute(node, WordXml.R, "id"), false);
        }
        for (Element child : WordXml.children(node)) {
            objects(child);
        }
    }

    private void picture(String relationId, boolean linked) {
        if (!relationId.isEmpty()) {
            objects.add(new Anchored(relationId, shapeName, null, plain().isBlank()));
        } else if (linked) {
            linkedPicture = true;
        }
    }
}
