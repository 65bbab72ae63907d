package org.esgstudio.office.draft;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.InputRejectedException;
import org.esgstudio.i18n.Problem;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.model.Asset;
import org.esgstudio.model.Block;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.Report;
import org.esgstudio.model.ReportEdits;
import org.esgstudio.model.ReportIds;
import org.esgstudio.model.Section;
import org.esgstudio.office.OfficePackage;

/**
 * Brings a chapter draft written in Word (.docx from Word, WPS or LibreOffice) into a project, all or nothing:
 * Heading 1 → chapter (appended after the report's chapters, before the back matter), Heading 2 → section,
 * Heading 3 → sub-head; paragraphs with their bold runs and footnotes; lists; tables (data tables when they match the
 * store); pictures as assets with their captions; case studies (案例). The texts are Chinese; English stays empty.
 * Nothing is written here: the caller saves {@link Result#project()} as one revision, and validates it.
 *
 * <p>The file passes {@link OfficePackage}'s checks first (size, password, .doc, .odt, a workbook, damage, zip bombs);
 * a DOCTYPE in any part is refused, so no external entity is ever resolved, and linked pictures are never fetched.
 */
public final class DraftImport {
    /** The most paragraphs a draft may have (body, tables and footnotes): a 300-page document has about 6,000. */
    public static final long MAX_PARAGRAPHS = 10_000;
    /** The most runs (stretches of text in one format) a draft may have. */
    public static final long MAX_RUNS = 200_000;
    private static final String MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String MAIN_MACROS = "application/vnd.ms-word.document.macroEnabled.main+xml";
    private static final String FOOTNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml";
    private DraftImport() {
    }

    /** How much an import brings. {@code tables} counts data and text tables; {@code dataTables} the first kind. */
    public record Counts(int chapters, int sections, int subHeads, int paragraphs, int lists, int tables,
                         int dataTables, int images, int caseStudies, int footnotes) {
    }

    /**
     * The project with the draft in it; what was imported ({@code blockIds}: every new block, nested ones included)
     * and where ({@code chapterIds} of new chapters, or the target chapter's id with {@code into}); notes on what was
     * read differently from the draft (a document title left out, a table kept as text …), in the user's language.
     */
    public record Result(String fileName, Project project, Counts counts, List<String> notes, Set<String> blockIds,
                         List<String> chapterIds, List<String> sectionIds, Optional<String> intoChapterId) {
        public Result {
            notes = List.copyOf(notes);
            blockIds = Set.copyOf(blockIds);
            chapterIds = List.copyOf(chapterIds);
            sectionIds = List.copyOf(sectionIds);
        }
    }

    /**
     * Reads {@code docx} into {@code project}: its Heading 1s become new chapters, or, with {@code into} (a chapter's
     * printed number such as "3", its title or its id), its sections are added to that chapter.
     *
     * @throws UserFacingException when the file cannot be read or the target chapter does not exist (the message
     *                             names the file); {@link InputRejectedException} with the place of each problem
     */
    public static Result read(Path docx, Project project, Optional<String> into) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(into, "into");
        Chapter target = into.isPresent() ? TargetChapter.find(project.report(), into.get(), docx) : null;
        String fileName = docx.getFileName().toString();
        OPCPackage pkg = OfficePackage.open(docx, OfficePackage.Kind.WORD_DOCUMENT);
        try {
            List<String> notes = new ArrayList<>();
            Set<String> taken = ReportIds.all(project.report());
            ImageAssets images = new ImageAssets(project.assets(), fileName, notes);
            DraftReader reader;
            List<DraftElement> elements;
            try {
                checkSize(pkg, docx);
                reader = new DraftReader(new XWPFDocument(pkg), notes);
                elements = reader.body();
            } catch (IOException | XMLStreamException | POIXMLException | OpenXML4JRuntimeException
                     | RecordFormatException | IllegalStateException | IllegalArgumentException
                     | UnsupportedOperationException | ClassCastException e) {
                throw OfficePackage.damaged(docx, OfficePackage.Kind.WORD_DOCUMENT, e);
            } catch (NoClassDefFoundError e) {
                throw OfficePackage.damaged(docx, OfficePackage.Kind.WORD_DOCUMENT, OfficePackage.unsupportedCompression(e));
            }
            if (elements.isEmpty()) {
                throw new UserFacingException("docx.import.empty", docx);
            }
            DraftMarkup markup = new DraftMarkup(reader.footnotes(), taken);
            DraftBlocks blocks = new DraftBlocks(markup, new DraftTables(project.data(), markup, notes), images, notes);
            DraftOutline outline = new DraftOutline(blocks, markup, notes, fileName, target);
            outline.read(elements);
            if (!outline.problems().isEmpty()) {
                throw new InputRejectedException(fileName, outline.problems());
            }
            if (outline.chapters().isEmpty() && outline.sections().isEmpty()) {
                throw new UserFacingException("docx.import.empty", docx);
            }
            return result(fileName, project, target, outline, images.added(), notes);
        } finally {
            // Opened read-only: revert, never close (closing saves), so nothing is written back into the user's file.
            pkg.revert();
        }
    }

    /**
     * Refuses a document with more paragraphs or runs than {@link #MAX_PARAGRAPHS} and {@link #MAX_RUNS} before POI
     * builds it in memory and the import works through it (a 20,000-paragraph draft takes half a minute, a million
     * never ends), by streaming its body and footnotes.
     */
    private static void checkSize(OPCPackage pkg, Path docx) throws IOException, XMLStreamException {
        Optional<String> over = OfficePackage.overLimit(pkg, Set.of(MAIN, MAIN_MACROS, FOOTNOTES),
                Map.of("p", MAX_PARAGRAPHS, "r", MAX_RUNS));
        if (over.isPresent()) {
            throw new UserFacingException("guard.docx.tooLarge", docx, MAX_PARAGRAPHS, MAX_RUNS);
        }
    }

    private static Result result(String fileName, Project project, Chapter target, DraftOutline outline,
                                 List<Asset> added, List<String> notes) {
        Report report = project.report();
        List<String> chapterIds = new ArrayList<>();
        List<String> sectionIds = new ArrayList<>();
        List<Section> newSections = new ArrayList<>();
        if (target != null) {
            int at = target.sections().size();
            for (Section section : outline.sections()) {
                report = ReportEdits.insertSection(report, target.id(), at++, section);
                sectionIds.add(section.id());
                newSections.add(section);
            }
        } else {
            for (Chapter chapter : outline.chapters()) {
                report = ReportEdits.insertChapter(report, report.chapters().size(), chapter);
                chapterIds.add(chapter.id());
                chapter.sections().forEach(section -> sectionIds.add(section.id()));
                newSections.addAll(chapter.sections());
            }
        }
        List<Asset> assets = new ArrayList<>(project.assets());
        assets.addAll(added);
        Set<String> blockIds = new LinkedHashSet<>();
        newSections.forEach(section -> section.blocks().forEach(block -> collect(block, blockIds)));
        Counts counts = DraftCounts.of(outline.chapters().size(), newSections);
        return new Result(fileName, new Project(report, project.data(), assets), counts, notes, blockIds, chapterIds,
                sectionIds, Optional.ofNullable(target).map(Chapter::id));
    }

    private static void collect(Block block, Set<String> ids) {
        ids.add(block.id());
        block.children().forEach(child -> collect(child, ids));
    }
}
