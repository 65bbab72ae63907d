package org.esgstudio.office.draft;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.esgstudio.data.Project;
import org.esgstudio.data.ProjectReferences;
import org.esgstudio.figures.Validator;
import org.esgstudio.i18n.Refusals;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.model.IntegrityProblem;
import org.esgstudio.model.Report;
import org.esgstudio.office.ZipParts;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzz targets of the Word draft importer ({@code import-docx}, 文件 › 导入 Word 初稿), see docs/reliability/fuzzing.md:
 * whatever a file holds, it is refused with a clear message naming the file ({@link Refusals}), or imported into a
 * project that is consistent (no broken reference) and that the validator reads without an exception, as
 * {@code import-docx} validates at once. The project is the main sample with its data and without its chapters, so
 * that data tables are matched against the real store while validation stays quick. In a normal build each target
 * runs once on every file of {@code src/test/resources/org/esgstudio/office/draft/DraftFuzzTestInputs/<method>/}.
 */
class DraftFuzzTest {
    private static final String NAME = "chapter-draft.docx";
    /** Root element → the part of green-operations.docx it replaces; anything else replaces the document body. */
    private static final Map<String, String> ROUTES = new LinkedHashMap<>();

    static {
        ROUTES.put("<w:styles", "word/styles.xml");
        ROUTES.put("<w:footnotes", "word/footnotes.xml");
        ROUTES.put("<w:numbering", "word/numbering.xml");
        ROUTES.put("<Types", "[Content_Types].xml");
        ROUTES.put("<Relationships", "word/_rels/document.xml.rels");
    }

    @TempDir
    static Path dir;
    private static Project project;
    private static Map<String, byte[]> greenOperations;

    /** Any bytes as the draft file: the package guard and POI see everything, zip layer included. */
    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void importingAnyDraftFile(byte[] input) throws IOException {
        importFile(input);
    }

    /**
     * Any XML as one part of a valid draft (the fixture green-operations.docx): the document body, or by its root
     * element the styles, footnotes, numbering, content types or relationships. Reaches the draft reader.
     */
    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void importingADraftWithAnyPart(byte[] input) throws IOException {
        importFile(ZipParts.with(greenOperations(), ZipParts.route(input, ROUTES, "word/document.xml"), input));
    }

    private static void importFile(byte[] bytes) throws IOException {
        Path file = dir.resolve(NAME);
        Files.write(file, bytes);
        DraftImport.Result result;
        try {
            result = DraftImport.read(file, project(), Optional.empty());
        } catch (UserFacingException refused) {
            Refusals.check(refused, NAME);
            return;
        }
        List<IntegrityProblem> problems = ProjectReferences.check(result.project());
        if (!problems.isEmpty()) {
            throw new AssertionError("an imported draft leaves the project inconsistent: " + problems);
        }
        Report report = result.project().report();
        Validator.validate(report, result.project().data(), report.settings().year());
    }

    private static synchronized Project project() {
        if (project == null) {
            Project sample = Samples.read(Samples.QINGHE);
            Report report = sample.report();
            project = new Project(new Report(report.settings(), List.of(), List.of(), List.of()), sample.data(),
                    sample.assets());
        }
        return project;
    }

    private static synchronized Map<String, byte[]> greenOperations() {
        if (greenOperations == null) {
            greenOperations = ZipParts.read(TestDrafts.greenOperations());
        }
        return greenOperations;
    }
}
