package org.esgstudio.office.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.Inline;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a Word document's body into {@link DraftElement}s, in reading order, through the DOM of its parts rather than
 * POI's paragraph objects: pictures and text boxes inside {@code mc:AlternateContent} (how LibreOffice and Word 2010+
 * write them, with a VML fallback) are otherwise invisible to POI. Of an {@code mc:AlternateContent} the first choice
 * that holds something is read, else the fallback, so nothing is read twice. Deleted text of tracked changes, field
 * instructions and tables of contents are left out; inserted text is kept. Footnotes and endnotes become footnote
 * references whose text is looked up in their parts. Headers, footers and comments are not part of the draft.
 */
final class DraftReader {
    private final XWPFDocument document;
    private final WordStyles styles;
    private final List<String> notes;
    private final Map<String, List<Inline>> footnotes = new LinkedHashMap<>();
    private int paragraphs;
    private boolean italic;
    private String heading = "";

    DraftReader(XWPFDocument document, List<String> notes) {
        this.document = document;
        this.styles = new WordStyles(document.getStyles(), document.getNumbering());
        this.notes = notes;
    }

    /** The body of the document. */
    List<DraftElement> body() {
        List<DraftElement> elements = new ArrayList<>();
        var body = document.getDocument().getBody();
        if (body == null) {
            return elements; // a document part without <w:body>: nothing to import (said as an empty draft)
        }
        blockLevel(body.getDomNode(), elements);
        if (italic) {
            notes.add(Messages.get("docx.import.italic"));
        }
        return elements;
    }

    /** The text of each footnote referenced so far, by its key ("f2" for footnote 2, "e1" for endnote 1). */
    Map<String, List<Inline>> footnotes() {
        return footnotes;
    }

    /** Paragraphs and tables of a body, a table cell, a text box or a content control, in order. */
    private void blockLevel(Node container, List<DraftElement> out) {
        for (Element element : WordXml.children(container)) {
            if (WordXml.is(element, WordXml.W, "p")) {
                paragraph(element, out);
            } else if (WordXml.is(element, WordXml.W, "tbl")) {
                out.add(table(element));
            } else if (WordXml.is(element, WordXml.W, "sdt")) {
                if (!isTableOfContents(element)) {
                    WordXml.child(element, "sdtContent").ifPresent(content -> blockLevel(content, out));
                }
            } else if (WordXml.is(element, WordXml.W, "customXml") || WordXml.is(element, WordXml.W, "ins")
                    || WordXml.is(element, WordXml.W, "moveTo")) {
                blockLevel(element, out);
            }
        }
    }

    private static boolean isTableOfContents(Element sdt) {
        Optional<Element> gallery = WordXml.child(sdt, "sdtPr").flatMap(p -> WordXml.child(p, "docPartObj"))
                .flatMap(o -> WordXml.child(o, "docPartGallery"));
        return gallery.map(g -> WordXml.val(g).toLowerCase(java.util.Locale.ROOT).contains("table of contents"))
                .orElse(false);
    }

    private void paragraph(Element p, List<DraftElement> out) {
        paragraphs++;
        DraftPlace place = new DraftPlace(paragraphs, heading);
        Element pPr = WordXml.child(p, "pPr").orElse(null);
        String styleId = pPr == null ? "" : WordXml.childValue(pPr, "pStyle").orElse("");
        RunCollector runs = new RunCollector(styles, footnoteTexts());
        runs.read(p);
        italic |= runs.sawItalic();
        if (runs.sawLinkedPicture()) {
            notes.add(Messages.get("docx.import.linkedPicture", place.describe()));
        }
        List<DraftElement> before = new ArrayList<>();
        List<DraftElement> after = new ArrayList<>();
        for (RunCollector.Anchored object : runs.objects()) {
            DraftElement element = object.picture() != null ? picture(object.picture(), object.name(), place)
                    : box(object.box(), place);
            if (element != null) {
                (object.beforeText() ? before : after).add(element);
            }
        }
        out.addAll(before);
        String text = runs.plain().strip();
        int level = styles.headingLevel(styleId, pPr);
        WordStyles.Role role = styles.role(styleId);
        if (role == WordStyles.Role.CONTENTS) {
            out.addAll(after);
            return;
        }
        if (role == WordStyles.Role.TITLE && level == 0) {
            if (!text.isEmpty()) {
                out.add(new DraftElement.Heading(0, oneLine(text), place));
            }
        } else if (level > 0) {
            if (!text.isEmpty()) {
                heading = oneLine(text);
                out.add(new DraftElement.Heading(level, heading, new DraftPlace(paragraphs, heading)));
                if (runs.hasFootnotes()) {
                    notes.add(Messages.get("docx.import.noteInTitle", place.describe()));
                }
            }
        } else if (!runs.isBlank()) {
            out.add(new DraftElement.Text(runs.runs(), listMark(pPr, styleId), role == WordStyles.Role.CAPTION, place));
        }
        out.addAll(after);
    }

    /** A paragraph's numbering (direct, else from its style); none when numId is 0 or its format shows nothing. */
    private DraftElement.ListMark listMark(Element pPr, String styleId) {
        Optional<Node> numPr = pPr == null ? Optional.empty() : WordXml.child(pPr, "numPr").map(n -> (Node) n);
        if (numPr.isEmpty()) {
            numPr = styles.numberingOf(styleId);
        }
        if (numPr.isEmpty()) {
            return null;
        }
        String numId = WordXml.childValue(numPr.get(), "numId").orElse("");
        String level = WordXml.childValue(numPr.get(), "ilvl").orElse("0");
        if (numId.isBlank() || numId.strip().equals("0")) {
            return null;
        }
        String format = styles.numberFormat(numId, level);
        if (format.equals("none")) {
            return null;
        }
        return new DraftElement.ListMark(numId.strip(), format.equals("bullet") || format.isEmpty());
    }

    private DraftElement.Table table(Element tbl) {
        DraftPlace place = new DraftPlace(paragraphs + 1, heading);
        List<List<List<Inline>>> rows = new ArrayList<>();
        for (Element tr : WordXml.children(tbl)) {
            if (!WordXml.is(tr, WordXml.W, "tr")) {
                continue;
            }
            List<List<Inline>> cells = new ArrayList<>();
            for (Element tc : cellsOf(tr)) {
                List<Inline> cell = cell(tc);
                cells.add(cell);
                int span = WordXml.child(tc, "tcPr").flatMap(pr -> WordXml.childValue(pr, "gridSpan"))
                        .map(DraftReader::number).orElse(1);
                for (int k = 1; k < Math.min(span, 64); k++) {
                    cells.add(List.of());
                }
            }
            rows.add(cells);
        }
        return new DraftElement.Table(rows, place);
    }

    /** The cells of a row, including those wrapped in content controls or custom XML. */
    private static List<Element> cellsOf(Element tr) {
        List<Element> cells = new ArrayList<>();
        for (Element child : WordXml.children(tr)) {
            if (WordXml.is(child, WordXml.W, "tc")) {
                cells.add(child);
            } else if (WordXml.is(child, WordXml.W, "sdt")) {
                WordXml.child(child, "sdtContent").ifPresent(content -> cells.addAll(cellsOf(content)));
            } else if (WordXml.is(child, WordXml.W, "customXml")) {
                cells.addAll(cellsOf(child));
            }
        }
        return cells;
    }

    /** A cell's paragraphs (and nested tables' text) as one text, paragraphs separated by '\n'. */
    private List<Inline> cell(Element tc) {
        List<DraftElement> inside = new ArrayList<>();
        blockLevel(tc, inside);
        List<Inline> runs = new ArrayList<>();
        for (DraftElement element : inside) {
            List<Inline> part = element instanceof DraftElement.Text t ? t.runs()
                    : element instanceof DraftElement.Heading h ? List.of(new Inline.Text(h.text()))
                    : element instanceof DraftElement.Table t ? flatten(t) : List.of();
            if (part.isEmpty()) {
                if (element instanceof DraftElement.Picture || element instanceof DraftElement.Box) {
                    notes.add(Messages.get("docx.import.objectInTable", element.place().describe()));
                }
                continue;
            }
            if (!runs.isEmpty()) {
                runs.add(new Inline.Text("\n"));
            }
            runs.addAll(part);
        }
        return runs;
    }

    private static List<Inline> flatten(DraftElement.Table table) {
        List<Inline> runs = new ArrayList<>();
        for (List<List<Inline>> row : table.rows()) {
            for (List<Inline> cell : row) {
                if (!runs.isEmpty()) {
                    runs.add(new Inline.Text(" "));
                }
                runs.addAll(cell);
            }
        }
        return runs;
    }

    private DraftElement picture(String relationId, String name, DraftPlace place) {
        XWPFPictureData data = document.getPictureDataByID(relationId);
        if (data == null) {
            notes.add(Messages.get("docx.import.pictureMissing", place.describe()));
            return null;
        }
        return new DraftElement.Picture(data.getData(), name, place);
    }

    private DraftElement box(Element txbxContent, DraftPlace place) {
        List<DraftElement> content = new ArrayList<>();
        blockLevel(txbxContent, content);
        return content.isEmpty() ? null : new DraftElement.Box(content, place);
    }

    /** Looks up footnote and endnote texts by key, reading each once. */
    private RunCollector.Footnotes footnoteTexts() {
        return key -> footnotes.computeIfAbsent(key, this::footnoteText);
    }

    private List<Inline> footnoteText(String key) {
        int id = number(key.substring(1));
        XWPFAbstractFootnoteEndnote note = key.startsWith("e") ? document.getEndnoteByID(id)
                : document.getFootnoteByID(id);
        if (note == null) {
            return null;
        }
        List<Inline> runs = new ArrayList<>();
        for (Element p : WordXml.children(note.getCTFtnEdn().getDomNode())) {
            if (!WordXml.is(p, WordXml.W, "p")) {
                continue;
            }
            RunCollector collector = new RunCollector(styles, k -> null);
            collector.read(p);
            if (collector.isBlank()) {
                continue;
            }
            if (!runs.isEmpty()) {
                runs.add(new Inline.Text("\n"));
            }
            runs.addAll(collector.runs());
        }
        return runs;
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\s\\u3000]*\\n[\\s\\u3000]*", " ").strip();
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
