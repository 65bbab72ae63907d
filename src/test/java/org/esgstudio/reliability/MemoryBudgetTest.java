package org.esgstudio.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ×10 synthetic report (the main sample's chapters ten times, as {@code bench --scale 10}) is created, opened,
 * validated and exported to PDF in a JVM limited to a 1 GB heap ({@link ScaledReportChild}). The child's heap figures
 * (from its GC log) are printed in the test's output for the record (docs/reliability/memory.md).
 */
class MemoryBudgetTest {
    private static final int SCALE = Integer.getInteger("memory.scale", 10);
    private static final String EDITION = System.getProperty("memory.edition", "zh+en");
    /** The child's heap limit; other values and {@code -Dmemory.jvmOptions} only for measuring by hand. */
    private static final String HEAP = System.getProperty("memory.xmx", "1g");
    private static final String OPTIONS = System.getProperty("memory.jvmOptions", "");

    @TempDir
    Path dir;

    @Test
    void theTimesTenReportOpensValidatesAndExportsWithinAOneGigabyteHeap() throws Exception {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Path gcLog = dir.resolve("gc.log");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-Xmx" + HEAP, "-Xlog:gc:file=" + gcLog, "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                "-Dorg.sqlite.tmpdir=" + Files.createDirectories(dir.resolve("native"))));
        if (!OPTIONS.isBlank()) {
            command.addAll(List.of(OPTIONS.strip().split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ScaledReportChild.class.getName(),
                Samples.folder(Samples.QINGHE).toString(), dir.toString(), Integer.toString(SCALE), EDITION));
        Process child = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        child.getOutputStream().close();
        boolean ended = child.waitFor(10, TimeUnit.MINUTES);
        if (!ended) {
            child.destroyForcibly().waitFor();
        }
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(ended).as("the child finished; stdout:%n%s", stdout).isTrue();
        assertThat(child.exitValue()).as("exit status; stdout:%n%s%nstderr:%n%s", stdout, stderr).isZero();
        assertThat(stderr).doesNotContain("OutOfMemoryError");

        Map<String, Long> results = new HashMap<>();
        stdout.lines().map(line -> line.split(" ")).forEach(pair -> results.put(pair[0], Long.parseLong(pair[1])));
        long sampleChapters = Samples.read(Samples.QINGHE).report().chapters().size();
        assertThat(results.get("chapters")).isEqualTo(sampleChapters * SCALE);
        assertThat(results.get("figures")).isPositive();
        Path pdf = dir.resolve("scaled.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).as("the PDF's pages").isEqualTo(results.get("pages").intValue())
                    .isGreaterThan(30 * SCALE);
        }
        GcLog gc = GcLog.read(gcLog);
        long peak = Math.max(gc.largestBefore(), results.get("usedAtEndBytes") / 1048576);
        System.out.printf("×%d %s, -Xmx%s %s: %d chapters, %d figures, %d pages, PDF %.1f MB, project file %.1f MB;"
                        + " peak heap in use %d MiB (the GC log's largest heap before a collection, or at the end),"
                        + " largest after a collection %d MiB, largest heap reserved %d MiB, %d collections; live"
                        + " after the export with the project and the laid-out document held %.0f MiB%n", SCALE,
                EDITION, HEAP, OPTIONS, results.get("chapters"), results.get("figures"), results.get("pages"),
                results.get("pdfBytes") / 1e6, results.get("created") / 1e6, peak, gc.largestAfter(),
                gc.largestCommitted(), gc.collections(), results.get("liveAfterExportBytes") / 1048576.0);
    }

    /** The heap figures of the GC log's collection lines ("Pause Young (Normal) … 60M->20M(256M) 3.1ms"). */
    private record GcLog(long largestBefore, long largestAfter, long largestCommitted, int collections) {
        static GcLog read(Path log) throws IOException {
            Pattern heap = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
            long before = 0;
            long after = 0;
            long committed = 0;
            int collections = 0;
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                Matcher m = heap.matcher(line);
                if (m.find()) {
                    before = Math.max(before, Long.parseLong(m.group(1)));
                    after = Math.max(after, Long.parseLong(m.group(2)));
                    committed = Math.max(committed, Long.parseLong(m.group(3)));
                    collections++;
                }
            }
            return new GcLog(before, after, committed, collections);
        }
    }
}
