package org.esgstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.Asset;
import org.esgstudio.model.ImageCheck;
import org.esgstudio.office.DataWorkbook;
import org.esgstudio.office.draft.DraftImport;
import org.esgstudio.store.FileState;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus of {@code src/test/resources/bad-inputs/} (written by {@link BadInputCorpusGenerator}, described
 * by its {@code expected.tsv}), each file run through the command line in-process — the entry point the app's open
 * and import paths share. A refused input exits 2 with a message that names the file and says what is wrong (the
 * manifest's text), prints nothing on stdout and shows no stack trace; and nothing is written: the folder the run
 * happened in — the project file, the input, the folder around them — is byte for byte and time stamp as it was,
 * with no {@code -wal}, {@code -shm}, {@code -journal} or temporary file beside it and no new project file.
 *
 * <p>Commands of the manifest: {@code open} ({@code info FILE.esg}); {@code import-into} ({@code import-json} of the
 * good base folder into the file); {@code export-json} (of the file into a new folder); {@code import-json:report.json},
 * {@code :data.csv}, {@code :rules.csv} (the file in place of that file of the base folder) and {@code :assets} (the
 * file added to its assets/), each imported into an existing project and into a new one; {@code import-data} and
 * {@code import-docx} (into a project made from the base folder). A row with exit 0 is a Word draft whose broken
 * picture is left out with a note (decision 0013): it imports, says so, and stores no broken picture.
 */
class BadInputCorpusTest {
    static final Path CORPUS = Path.of("src", "test", "resources", "bad-inputs").toAbsolutePath();

    @TempDir
    static Path shared;

    static Path good;

    @TempDir
    Path dir;

    record Case(String file, String command, int exit, String expected) {
        @Override
        public String toString() {
            return file + " · " + command;
        }
    }

    @BeforeAll
    static void aProjectFromTheBaseFolder() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        good = shared.resolve("base.esg");
        CliRun run = CliRun.of("new", good, "--from", CORPUS.resolve("base"));
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(Cli.OK);
    }

    @BeforeEach
    void chineseAndAKnownAuthor() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        System.setProperty("esgstudio.user", Samples.AUTHOR);
    }

    @AfterEach
    void forgetAuthor() {
        System.clearProperty("esgstudio.user");
    }

    static List<Case> cases() {
        try {
            List<Case> cases = new ArrayList<>();
            for (String line : Files.readAllLines(CORPUS.resolve(BadInputCorpusGenerator.MANIFEST), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                cases.add(new Case(fields[0], fields[1], Integer.parseInt(fields[2]), fields[3]));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theCorpusHoldsAtLeastFortyBadInputsEveryFileInTheManifest() throws IOException {
        List<String> files;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            files = walk.filter(Files::isRegularFile).map(p -> CORPUS.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !name.startsWith("base/") && !name.equals(BadInputCorpusGenerator.MANIFEST)
                            && !name.equals("README.md"))
                    .sorted().toList();
        }
        List<String> described = cases().stream().map(Case::file).distinct().sorted().toList();

        assertThat(files).hasSizeGreaterThanOrEqualTo(40).isEqualTo(described);
    }

    @Test
    void theBaseFolderItselfImports() throws IOException {
        Path folder = copyTree(CORPUS.resolve("base"), dir.resolve("base"));

        CliRun run = CliRun.of("import-json", folder, Files.copy(good, dir.resolve("p.esg")));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(Cli.OK);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachBadInputIsRefusedNamingTheFileAndTheProblemAndNothingIsWritten(Case c) throws IOException {
        Path source = CORPUS.resolve(c.file());
        String name = source.getFileName().toString();
        switch (c.command()) {
            case "open" -> {
                Path file = Files.copy(source, dir.resolve(name));
                refused(c, file, "info", file);
            }
            case "import-into" -> {
                Path file = Files.copy(source, dir.resolve(name));
                Path folder = copyTree(CORPUS.resolve("base"), dir.resolve("base"));
                refused(c, file, "import-json", folder, file);
            }
            case "export-json" -> {
                Path file = Files.copy(source, Files.createDirectory(dir.resolve("project")).resolve(name));
                Path target = Files.createDirectories(dir.resolve("out").resolve("deeper")).resolve("exported");
                refused(c, file, "export-json", file, target);
            }
            case "import-json:report.json", "import-json:data.csv", "import-json:rules.csv" -> {
                Path folder = copyTree(CORPUS.resolve("base"), dir.resolve("report"));
                Path placed = Files.copy(source, folder.resolve(c.command().substring("import-json:".length())),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                intoExistingAndNew(c, folder, placed);
            }
            case "import-json:assets" -> {
                Path folder = copyTree(CORPUS.resolve("base"), dir.resolve("report"));
                Path placed = Files.copy(source, folder.resolve("assets").resolve(name));
                intoExistingAndNew(c, folder, placed);
            }
            case "import-data", "import-docx" -> {
                Path project = Files.copy(good, dir.resolve("project.esg"));
                Path input = Files.copy(source, dir.resolve(name));
                if (c.exit() == Cli.BAD_INPUT) {
                    refused(c, input, c.command(), project, input);
                } else {
                    importedWithANote(c, project, input);
                }
            }
            default -> throw new IllegalArgumentException("unknown command in the manifest: " + c.command());
        }
    }

    // ---- inputs too big to keep in the corpus, made here

    @Test
    void aWorkbookOfMoreRowsThanTheLimitIsRefusedAndNothingIsWritten() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (long r = 20; r < 20 + DataWorkbook.MAX_ROWS; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r)
                    .append("</v></c></row>");
        }
        Path book = Files.write(dir.resolve("tall.xlsx"), BadInputCorpusGenerator.zipEdited(
                org.esgstudio.office.TestWorkbooks.fixture("kpi-zh.xlsx"), java.util.Map.of("xl/worksheets/sheet1.xml",
                        xml -> xml.replace("</sheetData>", rows + "</sheetData>"))));
        Path project = Files.copy(good, dir.resolve("project.esg"));

        refused(new Case("tall.xlsx", "import-data", 2, "工作簿过大（超过 100000 行或 200000 个单元格）"), book,
                "import-data", project, book);
    }

    @Test
    void aDraftOfMoreParagraphsThanTheLimitIsRefusedAndNothingIsWritten() throws IOException {
        String paragraphs = "<w:p><w:r><w:t>很短的一段。</w:t></w:r></w:p>".repeat((int) DraftImport.MAX_PARAGRAPHS + 1);
        Path draft = Files.write(dir.resolve("long.docx"), BadInputCorpusGenerator.zipEdited(
                Path.of("src", "test", "resources", "office", "draft", "green-operations.docx"),
                java.util.Map.of("word/document.xml", xml -> xml.replaceFirst("<w:sectPr", paragraphs + "<w:sectPr"))));
        Path project = Files.copy(good, dir.resolve("project.esg"));

        refused(new Case("long.docx", "import-docx", 2, "文档过大（超过 10000 个段落或 200000 个文字片段）"), draft,
                "import-docx", project, draft);
    }

    private void intoExistingAndNew(Case c, Path folder, Path placed) throws IOException {
        Path project = Files.copy(good, dir.resolve("project.esg"));
        refused(c, placed, "import-json", folder, project);
        refused(c, placed, "import-json", folder, dir.resolve("new.esg"));
    }

    /** Runs the command on the prepared folder and checks everything a refusal promises. */
    private void refused(Case c, Path named, Object... args) {
        FileState before = FileState.of(dir);

        CliRun run = CliRun.of(args);
        if (Boolean.getBoolean("badinputs.print")) {
            System.out.println("@@ " + c + "\n" + run.err().replace(dir.toString(), "…"));
        }

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.out()).as("nothing on stdout").isEmpty();
        assertThat(run.err()).as("a message, not a stack trace").startsWith("esg-studio: ")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err()).as("names the file").contains(named.getFileName().toString());
        assertThat(run.err()).as("says what is wrong").contains(c.expected());
        assertThat(FileState.of(dir)).as("nothing written, changed or left beside").isEqualTo(before);
    }

    /** A draft whose picture is left out: it imports, the note says so, and no stored picture is broken. */
    private void importedWithANote(Case c, Path project, Path draft) {
        CliRun run = CliRun.of("import-docx", project, draft);

        assertThat(run.exitCode()).as(run.toString()).isIn(Cli.OK, Cli.REPORT_HAS_ERRORS);
        assertThat(run.out()).as(run.toString()).contains(c.expected());
        assertThat(run.err()).isEmpty();
        try (ProjectFile file = ProjectFile.open(project, OpenMode.READ_ONLY)) {
            Project imported = file.load();
            for (Asset asset : imported.assets()) {
                assertThat(ImageCheck.problem(asset.name(), asset.bytes())).as(asset.name()).isEmpty();
            }
        }
        for (Path sibling : FileState.sqliteSiblings(project)) {
            assertThat(sibling).doesNotExist();
        }
    }

    static Path copyTree(Path source, Path target) {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path path : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path to = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(path, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
