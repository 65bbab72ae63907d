package org.esgstudio.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The Linux package as a user gets it (issue 10): {@code installer/package.sh} builds the .deb from the jar that
 * {@code mvn verify} has just packaged; {@code dpkg -i} installs it; the installed launcher exports the bundled
 * sample to a PDF as an ordinary user (not root), which is read back; {@code dpkg -r} removes everything again.
 *
 * <p>It needs Debian's dpkg, jpackage (a full JDK) and root or password-less sudo. Elsewhere it is skipped, unless
 * {@code ESGSTUDIO_INSTALLER_TEST=required} (set by .ci/run), which turns a missing prerequisite into a failure.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DebPackageIT {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path OUT = ROOT.resolve("target/installer-it");
    private static final Path INSTALLED = Path.of("/opt/esg-studio");
    private static final Path LAUNCHER = INSTALLED.resolve("bin/esg-studio");
    private static final Path SAMPLES = INSTALLED.resolve("lib/app/samples");
    private static final Path DESKTOP_ENTRY = Path.of("/usr/share/applications/esg-studio-esg-studio.desktop");
    private static Path deb;
    private static Path work;

    private record Run(int exit, String out) {
    }

    @BeforeAll
    static void buildThePackage() throws Exception {
        boolean required = "required".equals(System.getenv("ESGSTUDIO_INSTALLER_TEST"));
        String missing = missingPrerequisite();
        if (required) {
            assertThat(missing).as("installer test prerequisites").isNull();
        }
        assumeTrue(missing == null, () -> "installer test skipped: " + missing);
        Run build = run(ROOT, 15, "bash", "installer/package.sh", "--type", "deb", "--no-build", "--out", OUT.toString());
        assertThat(build.exit()).as(build.out()).isZero();
        try (var files = Files.list(OUT)) {
            deb = files.filter(f -> f.getFileName().toString().endsWith(".deb")).findFirst().orElseThrow();
        }
        work = Files.createTempDirectory("esg-installed-");
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxrwxrwx"));
    }

    @AfterAll
    static void removeWhatIsLeft() throws Exception {
        if (deb != null && Files.exists(LAUNCHER)) {
            run(ROOT, 2, privileged("dpkg", "-r", "esg-studio"));
        }
    }

    @Test
    @Order(1)
    void thePackageIsNamedVersionedAndDeclaresTheLibrariesJavaFxNeeds() throws Exception {
        String version = pomVersion();
        assertThat(deb.getFileName().toString()).isEqualTo("esg-studio_" + version + "-1_amd64.deb");
        assertThat(field("Package")).isEqualTo("esg-studio");
        assertThat(field("Version")).isEqualTo(version + "-1");
        assertThat(field("Section")).isEqualTo("Office");
        assertThat(field("Description")).contains("ESG 报告工作台", "ESG Report Studio");
        assertThat(List.of(field("Depends").split(",\\s*")))
                .contains("libgtk-3-0", "libpangoft2-1.0-0", "libgl1", "xdg-utils");
    }

    @Test
    @Order(2)
    void dpkgInstallsTheAppWithItsRuntimeSamplesThemesAndDesktopEntry() throws Exception {
        Run install = run(ROOT, 5, privileged("dpkg", "-i", deb.toString()));
        assertThat(install.exit()).as(install.out()).isZero();
        assertThat(run(ROOT, 1, "dpkg-query", "-W", "-f=${Status}", "esg-studio").out())
                .isEqualTo("install ok installed");
        assertThat(LAUNCHER).isExecutable();
        assertThat(INSTALLED.resolve("lib/runtime/bin/java")).isExecutable();
        assertThat(INSTALLED.resolve("lib/runtime/lib/modules")).exists();
        // The runtime is trimmed: no compiler, no jpackage of its own.
        assertThat(INSTALLED.resolve("lib/runtime/bin/javac")).doesNotExist();
        assertThat(SAMPLES.resolve("qinghe-2024.esg")).isRegularFile();
        assertThat(SAMPLES.resolve("hengchuan-2024/report.json")).isRegularFile();
        assertThat(INSTALLED.resolve("lib/app/themes/jade.json")).isRegularFile();
        assertThat(INSTALLED.resolve("lib/app/LICENSE.txt")).isRegularFile();
        assertThat(DESKTOP_ENTRY).isRegularFile();
        String entry = Files.readString(DESKTOP_ENTRY, StandardCharsets.UTF_8);
        assertThat(entry).contains("Name=ESG 报告工作台", "Name[en]=ESG Report Studio",
                "Exec=/opt/esg-studio/bin/esg-studio %f", "MimeType=application/x-esg-studio-project");
        assertThat(Path.of(entry.lines().filter(l -> l.startsWith("Icon=")).findFirst().orElseThrow().substring(5)))
                .isRegularFile();
    }

    @Test
    @Order(3)
    void theInstalledLauncherRunsCommandsAndExportsTheBundledSampleAsAnOrdinaryUser() throws Exception {
        assertThat(run(work, 2, asUser(LAUNCHER.toString(), "--version")).out().strip())
                .isEqualTo("ESG Report Studio " + pomVersion());
        Path pdf = work.resolve("青禾2024.pdf");
        Run export = run(work, 5, asUser(LAUNCHER.toString(), "export-pdf", SAMPLES.resolve("qinghe-2024.esg").toString(),
                "-o", pdf.toString(), "--lang", "zh"));
        assertThat(export.exit()).as(export.out()).isZero();
        assertThat(export.out()).contains("已导出", "71 页");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(71);
            String cover = text(document, 1, 1);
            assertThat(cover).contains("青禾财产保险股份有限公司");
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
        // Nothing was written next to the installed sample (a read needs no lock, no journal).
        try (var files = Files.list(SAMPLES)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("qinghe-2024.esg", "qinghe-2024", "hengchuan-2024.esg", "hengchuan-2024");
        }
    }

    @Test
    @Order(4)
    void dpkgRemovesTheAppAndItsDesktopEntry() throws Exception {
        Run remove = run(ROOT, 3, privileged("dpkg", "-r", "esg-studio"));
        assertThat(remove.exit()).as(remove.out()).isZero();
        assertThat(INSTALLED.resolve("bin")).doesNotExist();
        assertThat(INSTALLED.resolve("lib")).doesNotExist();
        assertThat(DESKTOP_ENTRY).doesNotExist();
        assertThat(run(ROOT, 1, "dpkg-query", "-W", "-f=${Status}", "esg-studio").out())
                .doesNotContain("installed ok");
    }

    private static String text(PDDocument document, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(document);
    }

    private static String field(String name) throws Exception {
        return run(ROOT, 1, "dpkg-deb", "-f", deb.toString(), name).out().strip();
    }

    private static String pomVersion() throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newInputStream(ROOT.resolve("target/maven-archiver/pom.properties"))) {
            properties.load(in);
        }
        return properties.getProperty("version").replaceFirst("-.*", "");
    }

    /** Why the test cannot run here, or null. */
    private static String missingPrerequisite() throws Exception {
        if (!System.getProperty("os.name").startsWith("Linux")) {
            return "not Linux";
        }
        for (String tool : List.of("dpkg", "dpkg-deb", "fakeroot", "runuser")) {
            if (run(ROOT, 1, "sh", "-c", "command -v " + tool).exit() != 0) {
                return tool + " not found";
            }
        }
        if (!Files.isExecutable(Path.of(System.getProperty("java.home"), "bin", "jpackage"))
                && run(ROOT, 1, "sh", "-c", "command -v jpackage").exit() != 0) {
            return "jpackage not found (a full JDK is needed)";
        }
        if (!isRoot() && run(ROOT, 1, "sudo", "-n", "true").exit() != 0) {
            return "neither root nor password-less sudo";
        }
        if (!Files.isRegularFile(ROOT.resolve("target/esg-studio.jar"))) {
            return "target/esg-studio.jar not built";
        }
        if (Files.exists(LAUNCHER) && !"required".equals(System.getenv("ESGSTUDIO_INSTALLER_TEST"))) {
            return "ESG Report Studio is installed on this machine; not replacing it";
        }
        return null;
    }

    private static Boolean root;

    /** Whether the test runs as root, asked once (each privileged or unprivileged command needs to know). */
    private static boolean isRoot() throws Exception {
        if (root == null) {
            root = run(ROOT, 1, "id", "-u").out().strip().equals("0");
        }
        return root;
    }

    private static String[] privileged(String... command) throws Exception {
        List<String> full = new ArrayList<>();
        if (!isRoot()) {
            full.addAll(List.of("sudo", "-n"));
        }
        full.addAll(List.of(command));
        return full.toArray(String[]::new);
    }

    /** The command as the unprivileged user {@code nobody} when run as root (as a user would run the app). */
    private static String[] asUser(String... command) throws Exception {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", "nobody", "--"));
        }
        full.addAll(List.of(command));
        return full.toArray(String[]::new);
    }

    private static Run run(Path directory, int minutes, String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("esg-installer-", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within " + minutes + " min");
            }
            return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
