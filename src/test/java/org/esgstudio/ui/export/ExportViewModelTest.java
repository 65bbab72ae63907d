package org.esgstudio.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.esgstudio.data.Project;
import org.esgstudio.figures.Finding;
import org.esgstudio.figures.FindingKind;
import org.esgstudio.figures.Severity;
import org.esgstudio.figures.ValidationReport;
import org.esgstudio.figures.ValidationSummary;
import org.esgstudio.i18n.Messages;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.layout.LaidOutDocument;
import org.esgstudio.layout.report.Edition;
import org.esgstudio.layout.theme.Theme;
import org.esgstudio.pdf.PrintOptions;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export view model without a window (everything on the calling thread): failures name the file and the problem
 * and leave no file behind; validation errors are asked about first.
 */
class ExportViewModelTest {
    private static Project sample;

    @TempDir
    Path dir;

    private ValidationReport validation;

    @BeforeAll
    static void readTheSample() {
        sample = Samples.read(Samples.QINGHE);
    }

    @BeforeEach
    void chinese() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void writable() throws IOException {
        // So that @TempDir can clean up after the read-only test.
        try (Stream<Path> all = Files.walk(dir)) {
            all.filter(Files::isDirectory).forEach(d -> d.toFile().setWritable(true));
        }
    }

    private ExportViewModel model(PdfStages stages) {
        return new ExportViewModel(() -> sample, () -> validation, dir.resolve("q.esg"), Runnable::run,
                Runnable::run, stages);
    }

    private static List<Path> filesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void suggestsAFileBesideTheProjectNamedAfterTheEdition() {
        ExportViewModel model = model(PdfStages.standard());
        assertThat(model.targetProperty().get().getParent()).isEqualTo(dir.toAbsolutePath());
        assertThat(model.targetProperty().get().getFileName().toString()).endsWith("-2024-zh.pdf");

        model.editionProperty().set(Edition.BILINGUAL);

        assertThat(model.targetProperty().get().getFileName().toString()).endsWith("-2024-zh+en.pdf");
    }

    @Test
    void exportsTheChosenFileAndReportsItsPages() throws IOException {
        ExportViewModel model = model(PdfStages.standard());
        model.choose(dir.resolve("out"));

        model.export();

        assertThat(model.stateProperty().get()).isEqualTo(ExportViewModel.State.DONE);
        Path pdf = dir.resolve("out.pdf");
        assertThat(model.outcomeProperty().get().file()).isEqualTo(pdf);
        assertThat(model.outcomeProperty().get().pages()).isGreaterThan(10);
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(model.statusProperty().get()).contains("out.pdf", "页");
        assertThat(filesIn(dir)).containsExactly(pdf);
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamedAndNothingIsWritten() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        assumeFalse(Files.isWritable(locked), "running as root: folder permissions are not enforced");
        ExportViewModel model = model(PdfStages.standard());
        model.choose(locked.resolve("report.pdf"));

        model.export();

        assertThat(model.stateProperty().get()).isEqualTo(ExportViewModel.State.FAILED);
        assertThat(model.statusProperty().get()).contains(locked.resolve("report.pdf").toString(), "没有写入权限");
        assertThat(filesIn(locked)).isEmpty();
    }

    @Test
    void aFolderThatIsAFileIsNamedAndNothingIsWritten() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "not a folder");
        ExportViewModel model = model(PdfStages.standard());
        model.choose(notAFolder.resolve("report.pdf"));

        model.export();

        assertThat(model.stateProperty().get()).isEqualTo(ExportViewModel.State.FAILED);
        assertThat(model.statusProperty().get()).contains(notAFolder.resolve("report.pdf").toString(),
                notAFolder.toString(), "不是文件夹");
        assertThat(filesIn(dir)).containsExactly(notAFolder);
    }

    @Test
    void aMissingFolderIsNamed() {
        Path missing = dir.resolve("gone");
        ExportViewModel model = model(PdfStages.standard());
        model.choose(missing.resolve("report.pdf"));

        model.export();

        assertThat(model.stateProperty().get()).isEqualTo(ExportViewModel.State.FAILED);
        assertThat(model.statusProperty().get()).contains(missing.resolve("report.pdf").toString(), "不存在");
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void aTargetThatIsAFolderIsRefused() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("report.pdf"));
        ExportViewModel model = model(PdfStages.standard());
        model.choose(folder);

        model.export();

        assertThat(model.stateProperty().get()).isEqualTo(ExportViewModel.State.FAILED);
        assertThat(model.statusProperty().get()).contains(folder.toString(), "是一个文件夹");
        assertThat(filesIn(dir)).containsExactly(folder);
        assertThat(filesIn(folder)).isEmpty();
    }

    /**
     * The writer fails halfway (a full disk, say) after writing part of its file: the message names the user's file,
     * never the hidden staging file, no partial file is left, and the previous export at the target is untouched.
     */
    @Test
    void aWriterFailingHalfwayLeavesThePreviousFileUntouchedAndNoPartialFile() throws IOException {
        Path target = Files.writeString(dir.resolve("report.pdf"), "the previous export");
        PdfStages halfWritten = new PdfStages() {
            @Override
            public LaidOutDocument layout(Project project, Theme theme, Edition edition) {
                return PdfStages.standard().layout(project, theme, edition);
            }

            @Override
            public void write(Project project, LaidOutDocument document, PrintOptions options, Path staging) {
                try {
                    Files.writeString(staging, "%PDF-1.7 half");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                throw new UserFacingException("target.unwritable", staging, "No space left on device: " + staging);
            }
        };
        ExportViewModel model = model(halfWritten);
        model.choose(target);

        model.export();

        assertThat(model.stateProperty().get()).isEqualTo(ExportViewModel.State.FAILED);
        assertThat(model.statusProperty().get()).contains(target.toString(), "No space left on device")
                .doesNotContain(".part");
        assertThat(filesIn(dir)).containsExactly(target);
        assertThat(Files.readString(target)).isEqualTo("the previous export");
        assertThat(model.workingProperty().get()).isFalse();
    }

    @Test
    void validationErrorsAreAskedAboutBeforeExporting() {
        validation = new ValidationReport(new ValidationSummary(1, 0, 1, 0, 0, 0), List.of(new Finding(Severity.ERROR,
                FindingKind.MISMATCH, "E1", 2024, "98,653立方米", "98,654", "figures.mismatch", null, "", "b1")));
        ExportViewModel model = model(PdfStages.standard());
        model.choose(dir.resolve("report.pdf"));

        model.export();

        assertThat(model.stateProperty().get()).isEqualTo(ExportViewModel.State.CONFIRMING);
        assertThat(model.statusProperty().get()).contains("1 个错误");
        assertThat(filesIn(dir)).isEmpty();

        model.cancel();

        assertThat(model.stateProperty().get()).isEqualTo(ExportViewModel.State.READY);
        assertThat(filesIn(dir)).isEmpty();

        model.export();
        model.exportAnyway();

        assertThat(model.stateProperty().get()).isEqualTo(ExportViewModel.State.DONE);
        assertThat(filesIn(dir)).containsExactly(dir.resolve("report.pdf"));
    }
}
