package org.esgstudio.office.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.Block;
import org.esgstudio.model.BulletList;
import org.esgstudio.model.CaseStudy;
import org.esgstudio.model.Footnote;
import org.esgstudio.model.Heading;
import org.esgstudio.model.Image;
import org.esgstudio.model.Inline;
import org.esgstudio.model.ListStyle;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Paragraph;

/**
 * The content between two section headings of a draft as report blocks: paragraphs, sub-heads (Heading 3 → level 1,
 * deeper → level 2), lists (consecutive items of one Word list; bullets or numbers), tables and pictures with their
 * captions (a Caption-style paragraph, or one starting 图/表 and a number, next to them: after a picture or before a
 * table first), and case studies. A case study starts at a paragraph (or a sub-head) beginning 案例 (案例：绿色理赔,
 * 案例一 …) and runs to the next heading or the next case; a text box beginning 案例 is one case study. The title is the rest of
 * the first line; its first picture becomes the case's picture. Other text boxes read as ordinary content.
 */
final class DraftBlocks {
    private static final Pattern CASE = Pattern.compile(
            "^[\\s\\u3000]*案例(?:[\\s\\u3000]*[0-9０-９一二三四五六七八九十]+)?[\\s\\u3000]*(?:[：:．.、|｜—－-]+|[\\s\\u3000]+|$)");
    private static final Pattern FIGURE_CAPTION = Pattern.compile("^[\\s\\u3000]*图[\\s\\u3000]*(?:[0-9０-９]|[：:])");
    private static final Pattern TABLE_CAPTION = Pattern.compile("^[\\s\\u3000]*表[\\s\\u3000]*(?:[0-9０-９]|[：:])");
    private static final Pattern CAPTION_LABEL = Pattern.compile(
            "^[\\s\\u3000]*[图表][\\s\\u3000]*(?:[0-9０-９]+(?:[-－.．][0-9０-９]+)*)?[\\s\\u3000]*[：:．.、]?[\\s\\u3000]*");
    private final DraftMarkup markup;
    private final DraftTables tables;
    private final ImageAssets images;
    private final List<String> notes;

    DraftBlocks(DraftMarkup markup, DraftTables tables, ImageAssets images, List<String> notes) {
        this.markup = markup;
        this.tables = tables;
        this.images = images;
        this.notes = notes;
    }

    /** The blocks of the elements (no chapter or section headings among them); {@code inCase}: no nested cases. */
    List<Block> blocks(List<DraftElement> elements, boolean inCase) {
        boolean[] used = new boolean[elements.size()];
        String[] captions = captions(elements, used);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            if (used[i]) {
                continue;
            }
            DraftElement element = elements.get(i);
            if (element instanceof DraftElement.Heading h && !inCase && CASE.matcher(h.text()).find()) {
                // A sub-head 案例：… (Word users often give case titles a heading style) opens a case like a paragraph.
                int end = i;
                while (end + 1 < elements.size() && !endsCase(elements.get(end + 1))) {
                    end++;
                }
                blocks.add(caseStudy(List.of(new Inline.Text(h.text())), elements.subList(i + 1, end + 1)));
                i = end;
            } else if (element instanceof DraftElement.Heading h) {
                blocks.add(new Heading(markup.freshId("h"), Math.min(2, Math.max(1, h.level() - 2)),
                        LocalizedText.zh(h.text())));
            } else if (element instanceof DraftElement.Text t && t.list() != null) {
                int end = i;
                while (end + 1 < elements.size() && !used[end + 1] && elements.get(end + 1) instanceof DraftElement.Text next
                        && next.list() != null && next.list().list().equals(t.list().list())) {
                    end++;
                }
                blocks.add(list(elements.subList(i, end + 1)));
                i = end;
            } else if (element instanceof DraftElement.Text t && !inCase && !t.caption() && isCaseStart(t)) {
                int end = i;
                while (end + 1 < elements.size() && !endsCase(elements.get(end + 1))) {
                    end++;
                }
                blocks.add(caseStudy(t.runs(), elements.subList(i + 1, end + 1)));
                i = end;
            } else if (element instanceof DraftElement.Text t) {
                List<Footnote> notesOfParagraph = new ArrayList<>();
                String text = markup.markup(t.runs(), notesOfParagraph);
                if (!text.isBlank() || !notesOfParagraph.isEmpty()) {
                    blocks.add(new Paragraph(markup.freshId("p"), LocalizedText.zh(text), notesOfParagraph));
                }
            } else if (element instanceof DraftElement.Table table) {
                CaptionText caption = captionText(captions[i]);
                blocks.add(tables.convert(table, caption.text(), caption.notes()));
            } else if (element instanceof DraftElement.Picture picture) {
                Optional<String> asset = images.add(picture.bytes(), picture.place());
                CaptionText caption = captionText(captions[i]);
                asset.ifPresent(name -> blocks.add(new Image(markup.freshId("img"), name, LocalizedText.zh(caption.text()),
                        100)));
            } else if (element instanceof DraftElement.Box box) {
                Optional<DraftElement.Text> first = box.content().stream().findFirst()
                        .filter(e -> e instanceof DraftElement.Text).map(e -> (DraftElement.Text) e);
                if (!inCase && first.isPresent() && first.get().list() == null && isCaseStart(first.get())) {
                    blocks.add(caseStudy(first.get().runs(), box.content().subList(1, box.content().size())));
                } else {
                    blocks.addAll(blocks(box.content(), inCase));
                }
            }
        }
        return blocks;
    }

    /** Whether a paragraph opens a case study: 案例, perhaps a number, then a separator or the end of the line. */
    static boolean isCaseStart(DraftElement.Text text) {
        return text.list() == null && CASE.matcher(firstLineText(text.runs())).find();
    }

    private static boolean endsCase(DraftElement element) {
        if (element instanceof DraftElement.Heading) {
            return true;
        }
        if (element instanceof DraftElement.Text t) {
            return !t.caption() && isCaseStart(t);
        }
        if (element instanceof DraftElement.Box box) {
            return box.content().stream().findFirst()
                    .filter(e -> e instanceof DraftElement.Text t && isCaseStart(t)).isPresent();
        }
        return false;
    }

    private CaseStudy caseStudy(List<Inline> opening, List<DraftElement> rest) {
        String id = markup.freshId("case");
        List<List<Inline>> lines = DraftMarkup.firstLine(opening);
        Matcher m = CASE.matcher(DraftMarkup.plain(lines.get(0)));
        String title = m.find() ? DraftMarkup.plain(lines.get(0)).substring(m.end()).strip() : "";
        List<DraftElement> body = new ArrayList<>();
        DraftPlace place = rest.isEmpty() ? new DraftPlace(0, "") : rest.get(0).place();
        if (!DraftMarkup.plain(lines.get(1)).isBlank()) {
            body.add(new DraftElement.Text(lines.get(1), null, false, place));
        }
        body.addAll(rest);
        if (title.isEmpty() && !body.isEmpty() && body.get(0) instanceof DraftElement.Text next && next.list() == null) {
            title = DraftMarkup.plain(next.runs());
            body.remove(0);
        }
        List<Block> blocks = new ArrayList<>(blocks(body, true));
        String image = null;
        LocalizedText caption = LocalizedText.EMPTY;
        for (int k = 0; k < blocks.size(); k++) {
            if (blocks.get(k) instanceof Image picture) {
                image = picture.asset();
                caption = picture.caption();
                blocks.remove(k);
                break;
            }
        }
        if (lines.get(0).stream().anyMatch(run -> run instanceof Inline.FootnoteRef)) {
            notes.add(Messages.get("docx.import.noteInTitle", "“" + title + "”"));
        }
        return new CaseStudy(id, LocalizedText.zh(title), blocks, image, caption);
    }

    private BulletList list(List<DraftElement> items) {
        DraftElement.Text first = (DraftElement.Text) items.get(0);
        List<Footnote> listNotes = new ArrayList<>();
        List<LocalizedText> texts = new ArrayList<>();
        for (DraftElement item : items) {
            texts.add(LocalizedText.zh(markup.markup(((DraftElement.Text) item).runs(), listNotes)));
        }
        return new BulletList(markup.freshId("list"), first.list().bullet() ? ListStyle.BULLET : ListStyle.NUMBERED,
                texts, listNotes);
    }

    /** The caption paragraph of each picture and table (by index), marking the paragraphs used. */
    private static String[] captions(List<DraftElement> elements, boolean[] used) {
        String[] captions = new String[elements.size()];
        for (int i = 0; i < elements.size(); i++) {
            DraftElement element = elements.get(i);
            boolean picture = element instanceof DraftElement.Picture;
            if (!picture && !(element instanceof DraftElement.Table)) {
                continue;
            }
            Pattern label = picture ? FIGURE_CAPTION : TABLE_CAPTION;
            int[] order = picture ? new int[] {i + 1, i - 1} : new int[] {i - 1, i + 1};
            for (int k : order) {
                if (k >= 0 && k < elements.size() && !used[k] && elements.get(k) instanceof DraftElement.Text t
                        && t.list() == null && (t.caption() || label.matcher(t.plain()).find())) {
                    used[k] = true;
                    captions[i] = t.plain();
                    break;
                }
            }
        }
        return captions;
    }

    private record CaptionText(String text, List<Footnote> notes) {
    }

    /** A caption without its label (图1 / 表 2-1：), on one line. */
    private static CaptionText captionText(String caption) {
        if (caption == null) {
            return new CaptionText("", List.of());
        }
        String oneLine = caption.replaceAll("[\\s\\u3000]+", " ").strip();
        String text = CAPTION_LABEL.matcher(oneLine).replaceFirst("").strip();
        return new CaptionText(text.isEmpty() ? oneLine : text, List.of());
    }

    private static String firstLineText(List<Inline> runs) {
        return DraftMarkup.plain(DraftMarkup.firstLine(runs).get(0));
    }
}
