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
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ×10 synthetic report (the main sample's chapters ten times, as {@code bench --scale 10}) is created, opened,
 * validated and exported to PDF in a JVM limited to a 1 GB heap ({@link ScaledReportChild}). The child's GC log and
 * peak heap use are kept in the test's output for the record (docs/reliability/memory.md).
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
        assertThat(results.get("chapters")).isGreaterThanOrEqualTo(10L * 5);
        assertThat(results.get("figures")).isPositive();
        Path pdf = dir.resolve("scaled.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(results.get("pages").intValue()).isGreaterThan(30 * SCALE);
        }
        System.out.printf("×%d %s, -Xmx%s %s: %d chapters, %d figures, %d pages, PDF %.1f MB, project file %.1f MB;"
                        + " peak heap use %.0f MiB (sum of the heap pools' peaks) of %.0f MiB; live after the export"
                        + " with the document held %.0f MiB; largest heap after a collection %s%n", SCALE, EDITION,
                HEAP, OPTIONS, results.get("chapters"), results.get("figures"), results.get("pages"),
                results.get("pdfBytes") / 1e6, results.get("created") / 1e6, results.get("peakHeapBytes") / 1048576.0,
                results.get("maxHeapBytes") / 1048576.0, results.get("liveAfterExportBytes") / 1048576.0,
                largestAfterGc(gcLog));
    }

    /** The largest "after" figure of the GC log's pause lines ("Pause Young (Normal) (G1 Evacuation Pause) 60M->20M(…)"). */
    private static String largestAfterGc(Path gcLog) throws IOException {
        java.util.regex.Matcher m;
        long largest = -1;
        int collections = 0;
        for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
            m = java.util.regex.Pattern.compile("->(\\d+)M\\(").matcher(line);
            if (m.find()) {
                largest = Math.max(largest, Long.parseLong(m.group(1)));
                collections++;
            }
        }
        return largest < 0 ? "(no collection)" : largest + " MB (" + collections + " collections)";
    }
}
