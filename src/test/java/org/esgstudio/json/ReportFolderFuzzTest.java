package org.esgstudio.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.esgstudio.data.Project;
import org.esgstudio.figures.Validator;
import org.esgstudio.i18n.Refusals;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.model.Fixtures;
import org.esgstudio.model.Report;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzz targets of the report folder import ({@code import-json}, {@code new --from}), see
 * docs/reliability/fuzzing.md: whatever report.json, data.csv or rules.csv holds, the folder is refused with a clear
 * message naming the file ({@link Refusals}), or read into a project that the validator reads without an exception
 * and whose report.json written again reads back equal (export-json then import-json is lossless). The other two
 * files are those of the hengchuan sample (report.json: a report without chapters). In a normal build each target
 * runs once on every file of {@code src/test/resources/org/esgstudio/json/ReportFolderFuzzTestInputs/<method>/}.
 */
class ReportFolderFuzzTest {
    @TempDir
    static Path dir;
    private static FolderFiles sample;

    /** Any bytes as report.json, with the sample's data.csv and rules.csv. */
    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void readingAnyReportJson(byte[] input) throws IOException {
        FolderFiles files = files();
        read(input, files.data, files.rules, ReportFolder.REPORT);
    }

    /** Any bytes as data.csv, with a report without chapters and no rules.csv (its rules name the sample's codes). */
    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void readingAnyDataCsv(byte[] input) throws IOException {
        read(files().report, input, null, ReportFolder.DATA);
    }

    /** Any bytes as rules.csv, with the sample's data.csv and a report without chapters. */
    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void readingAnyRulesCsv(byte[] input) throws IOException {
        FolderFiles files = files();
        read(files.report, files.data, input, ReportFolder.RULES);
    }

    private static void read(byte[] report, byte[] data, byte[] rules, String fuzzed) throws IOException {
        Path folder = dir.resolve("report-folder");
        Files.createDirectories(folder);
        Files.write(folder.resolve(ReportFolder.REPORT), report);
        Files.write(folder.resolve(ReportFolder.DATA), data);
        Path rulesFile = folder.resolve(ReportFolder.RULES);
        if (rules == null) {
            Files.deleteIfExists(rulesFile);
        } else {
            Files.write(rulesFile, rules);
        }
        Project project;
        try {
            project = ReportFolder.read(folder, Samples.AUTHOR, Samples.READ_AT);
        } catch (UserFacingException refused) {
            Refusals.check(refused, fuzzed);
            return;
        }
        Report read = project.report();
        Validator.validate(read, project.data(), read.settings().year());
        Report again = ReportJson.read(ReportFolder.REPORT, ReportJson.write(read));
        if (!again.equals(read)) {
            throw new AssertionError("report.json written and read again differs from what was read");
        }
    }

    /** The sample's data.csv and rules.csv, and the report.json of a report without chapters. */
    private record FolderFiles(byte[] report, byte[] data, byte[] rules) {
    }

    private static synchronized FolderFiles files() throws IOException {
        if (sample == null) {
            Path folder = Samples.folder(Samples.HENGCHUAN);
            sample = new FolderFiles(ReportJson.write(Fixtures.report(true)).getBytes(StandardCharsets.UTF_8),
                    Files.readAllBytes(folder.resolve(ReportFolder.DATA)),
                    Files.readAllBytes(folder.resolve(ReportFolder.RULES)));
        }
        return sample;
    }
}
