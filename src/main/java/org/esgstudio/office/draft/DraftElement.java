package org.esgstudio.office.draft;

import java.util.List;
import org.esgstudio.model.Inline;

/**
 * What a Word draft is made of, in reading order, before it becomes report blocks: headings, paragraphs, tables,
 * pictures and text boxes. Text is kept as inline runs (plain, emphasis, footnote references by Word's footnote key).
 */
sealed interface DraftElement {

    /** Where the element is in the draft, for messages: its paragraph number and the heading it comes under. */
    DraftPlace place();

    /** A paragraph in a heading style (or with an outline level): level 1 = Heading 1; level 0 = the title. */
    record Heading(int level, String text, DraftPlace place) implements DraftElement {
    }

    /** A paragraph's text; {@code list} is its numbering when it is a list item, {@code caption} in a Caption style. */
    record Text(List<Inline> runs, ListMark list, boolean caption, DraftPlace place) implements DraftElement {
        public Text {
            runs = List.copyOf(runs);
        }

        /** The text a reader sees (line breaks kept as '\n'). */
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
    }

    /** A table: rows of cells, each cell's text as inline runs (its paragraphs joined by '\n'). */
    record Table(List<List<List<Inline>>> rows, DraftPlace place) implements DraftElement {
        public Table {
            rows = rows.stream().map(row -> row.stream().map(List::copyOf).toList()).toList();
        }
    }

    /** An embedded picture's bytes, with the name Word gives the shape (may be empty). */
    record Picture(byte[] bytes, String name, DraftPlace place) implements DraftElement {
    }

    /** A text box (DrawingML or VML) and what it holds. */
    record Box(List<DraftElement> content, DraftPlace place) implements DraftElement {
        public Box {
            content = List.copyOf(content);
        }
    }

    /** A list item's numbering: which list (Word's numId, or the style) and whether it shows bullets. */
    record ListMark(String list, boolean bullet) {
    }
}
