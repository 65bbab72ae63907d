package org.esgstudio.ui.editor.text;

import java.util.ArrayList;
import java.util.List;
import org.esgstudio.model.Block;
import org.esgstudio.model.BulletList;
import org.esgstudio.model.Footnote;
import org.esgstudio.model.Heading;
import org.esgstudio.model.Language;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Paragraph;

/**
 * The texts of the blocks the prose editor edits (a paragraph's text, a heading's, each item of a list) and new
 * versions of those blocks with one text replaced, a footnote added or an item added or removed.
 */
final class BlockTexts {
    private BlockTexts() {
    }

    static boolean isProse(Object node) {
        return node instanceof Paragraph || node instanceof BulletList || node instanceof Heading;
    }

    static List<LocalizedText> of(Block block) {
        if (block instanceof BulletList list) {
            return list.items();
        }
        if (block instanceof Heading heading) {
            return List.of(heading.text());
        }
        return List.of(((Paragraph) block).text());
    }

    static List<Footnote> notes(Block block) {
        if (block instanceof Paragraph p) {
            return p.notes();
        }
        return block instanceof BulletList list ? list.notes() : List.of();
    }

    /** Headings are set as plain text; paragraphs and list items carry inline marks. */
    static boolean hasMarkup(Block block) {
        return !(block instanceof Heading);
    }

    /** The name of a text in an undo step, so that typing in one text is undone as one: "zh", "en", "zh:2". */
    static String field(Block block, int index, Language language) {
        String name = language == Language.EN ? "en" : "zh";
        return block instanceof BulletList ? name + ":" + index : name;
    }

    static Block withText(Block block, int index, Language language, String text) {
        List<LocalizedText> texts = new ArrayList<>(of(block));
        LocalizedText old = texts.get(index);
        texts.set(index, language == Language.EN ? old.withEn(text) : old.withZh(text));
        return with(block, texts, notes(block));
    }

    static Block withNote(Block block, Footnote note) {
        List<Footnote> notes = new ArrayList<>(notes(block));
        notes.add(note);
        return with(block, of(block), notes);
    }

    static BulletList withItem(BulletList list, int at, LocalizedText item) {
        List<LocalizedText> items = new ArrayList<>(list.items());
        items.add(Math.max(0, Math.min(at, items.size())), item);
        return new BulletList(list.id(), list.style(), items, list.notes());
    }

    static BulletList withoutItem(BulletList list, int at) {
        List<LocalizedText> items = new ArrayList<>(list.items());
        items.remove(at);
        return new BulletList(list.id(), list.style(), items, list.notes());
    }

    private static Block with(Block block, List<LocalizedText> texts, List<Footnote> notes) {
        if (block instanceof BulletList list) {
            return new BulletList(list.id(), list.style(), texts, notes);
        }
        if (block instanceof Heading heading) {
            return new Heading(heading.id(), heading.level(), texts.get(0));
        }
        return new Paragraph(block.id(), texts.get(0), notes);
    }
}
