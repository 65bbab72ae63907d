package org.esgstudio.office;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.Refusals;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzz targets of the KPI data workbook importer ({@code import-data}, the data page's 导入数据), see
 * docs/reliability/fuzzing.md: whatever a file holds, it is imported or refused with a clear message naming the file
 * ({@link Refusals}) — never another exception, a hang or unbounded memory. The project is the main sample, so that
 * what is read is also merged into a real store. In a normal build each target runs once on
 * every file of {@code src/test/resources/org/esgstudio/office/WorkbookFuzzTestInputs/<method>/}.
 */
class WorkbookFuzzTest {
    private static final String NAME = "department-data.xlsx";
    private static final String CSV_NAME = "department-data.csv";
    /** Root element → the part of kpi-zh.xlsx it replaces; anything else replaces the data sheet. */
    private static final Map<String, String> ROUTES = new LinkedHashMap<>();

    static {
        ROUTES.put("<sst", "xl/sharedStrings.xml");
        ROUTES.put("<workbook", "xl/workbook.xml");
        ROUTES.put("<styleSheet", "xl/styles.xml");
        ROUTES.put("<Types", "[Content_Types].xml");
        ROUTES.put("<Relationships", "xl/_rels/workbook.xml.rels");
    }

    @TempDir
    static Path dir;
    private static Project sample;
    private static Map<String, byte[]> kpiZh;

    /** Any bytes as the workbook file: the package guard and POI see everything, zip layer included. */
    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void importingAnyWorkbookFile(byte[] input) throws IOException {
        importFile(input);
    }

    /**
     * Any XML as one part of a valid workbook (the fixture kpi-zh.xlsx): the data sheet, or by its root element the
     * shared strings, workbook, styles, content types or relationships. Reaches the sheet reader and POI's parsers.
     */
    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void importingAWorkbookWithAnyPart(byte[] input) throws IOException {
        importFile(ZipParts.with(kpiZh(), ZipParts.route(input, ROUTES, "xl/worksheets/sheet1.xml"), input));
    }

    /** Any bytes as a data.csv handed to the same importer (it reads a file named .csv as CSV). */
    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void importingAnyCsvFile(byte[] input) throws IOException {
        importFile(input, CSV_NAME);
    }

    private static void importFile(byte[] bytes) throws IOException {
        importFile(bytes, NAME);
    }

    private static void importFile(byte[] bytes, String name) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        try {
            DataImport.read(file, sample(), "模糊测试", Instant.EPOCH);
        } catch (UserFacingException refused) {
            Refusals.check(refused, name);
        }
    }

    private static synchronized Project sample() {
        if (sample == null) {
            sample = Samples.read(Samples.QINGHE);
        }
        return sample;
    }

    private static synchronized Map<String, byte[]> kpiZh() {
        if (kpiZh == null) {
            kpiZh = ZipParts.read(TestWorkbooks.fixture("kpi-zh.xlsx"));
        }
        return kpiZh;
    }
}
