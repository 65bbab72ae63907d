package org.esgstudio.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageLabels;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.esgstudio.i18n.TargetFile;
import org.esgstudio.layout.LaidOutDocument;
import org.esgstudio.layout.OutlineEntry;
import org.esgstudio.layout.PageBox;
import org.esgstudio.layout.font.FontFace;
import org.esgstudio.model.Asset;

/**
 * Writes laid-out pages as PDF with OpenPDF, which only paints: fonts embedded as subsets, outline, named
 * destinations and links, page labels, metadata and language. The file appears complete or not at all.
 */
public final class PdfExport {
    private final Function<FontFace, byte[]> fontBytes;

    public PdfExport(Function<FontFace, byte[]> fontBytes) {
        this.fontBytes = fontBytes;
    }

    /** Creates the PDF fonts of a face (regular and narrow-punctuation variants) ahead of the first export. */
    static void warmUp(FontFace face, Function<FontFace, byte[]> bytes) {
        FontCache.of(face, bytes);
        FontCache.narrow(face, bytes);
    }

    /** Writes the document to {@code target} through a temporary file beside it, moved into place when complete. */
    public void write(LaidOutDocument document, Map<String, Asset> assets, PrintOptions options, Path target) {
        TargetFile.write(target, out -> write(document, assets, options, out));
    }

    public void write(LaidOutDocument laid, Map<String, Asset> assets, PrintOptions options, OutputStream out) {
        if (laid.pages().isEmpty()) {
            throw new IllegalArgumentException("a document needs at least one page");
        }
        PageBox first = laid.pages().get(0);
        double offset = options.offset();
        Document document = new Document(new Rectangle((float) (first.width() + 2 * offset),
                (float) (first.height() + 2 * offset)));
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        document.addTitle(laid.info().title());
        document.addAuthor(laid.info().author());
        document.addSubject(laid.info().subject());
        document.addKeywords(laid.info().keywords());
        document.addCreator("ESG Report Studio");
        document.addCreationDate();
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(laid.info().language()));
        ImageCache images = new ImageCache(assets);
        Map<String, Boolean> destinations = new HashMap<>();
        for (int i = 0; i < laid.pages().size(); i++) {
            PageBox page = laid.pages().get(i);
            Rectangle media = new Rectangle((float) (page.width() + 2 * offset), (float) (page.height() + 2 * offset));
            document.setPageSize(media);
            if (options.print()) {
                writer.setBoxSize("trim", new Rectangle((float) offset, (float) offset, (float) (offset + page.width()),
                        (float) (offset + page.height())));
                double bleed = offset - PrintOptions.BLEED;
                writer.setBoxSize("bleed", new Rectangle((float) bleed, (float) bleed,
                        (float) (offset + page.width() + PrintOptions.BLEED),
                        (float) (offset + page.height() + PrintOptions.BLEED)));
            }
            if (i == 0) {
                document.open();
            } else {
                writer.setPageEmpty(false);
                document.newPage();
            }
            PdfContentByte canvas = writer.getDirectContent();
            new PagePainter(canvas, media.getHeight(), offset, options.print(), fontBytes, images)
                    .paint(page, destinations);
            if (options.print()) {
                CropMarks.draw(canvas, page.width(), page.height(), offset);
            }
        }
        outline(writer, laid.outline(), destinations);
        writer.setPageLabels(labels(laid.pages()));
        document.close();
    }

    private static void outline(PdfWriter writer, List<OutlineEntry> entries, Map<String, Boolean> destinations) {
        PdfOutline root = writer.getDirectContent().getRootOutline();
        List<PdfOutline> parents = new ArrayList<>();
        parents.add(root);
        for (OutlineEntry entry : entries) {
            if (!destinations.containsKey(entry.anchor())) {
                continue;
            }
            int level = Math.min(entry.level(), parents.size() - 1);
            PdfOutline parent = parents.get(level);
            PdfOutline item = new PdfOutline(parent, PdfAction.gotoLocalPage(entry.anchor(), false), entry.title(),
                    level == 0);
            while (parents.size() > level + 1) {
                parents.remove(parents.size() - 1);
            }
            parents.add(item);
        }
    }

    /** The cover is labelled 封面 (no number); every other page by the number printed on it. */
    private static PdfPageLabels labels(List<PageBox> pages) {
        PdfPageLabels labels = new PdfPageLabels();
        labels.addPageLabel(1, PdfPageLabels.EMPTY, pages.get(0).label().isEmpty() ? "封面" : pages.get(0).label());
        if (pages.size() > 1) {
            labels.addPageLabel(2, PdfPageLabels.DECIMAL_ARABIC_NUMERALS, null, 2);
        }
        return labels;
    }
}
