package org.esgstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.esgstudio.data.Project;
import org.esgstudio.figures.Validator;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.ReportEdits;
import org.esgstudio.model.ReportQuery;
import org.esgstudio.review.Approvals;
import org.esgstudio.review.FinalExport;
import org.esgstudio.review.ReviewedFigure;
import org.esgstudio.review.SignOff;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code approve}, {@code signoff} and {@code export-pdf --final} on the main sample: the gate refuses with an open
 * error and with unapproved figures, opens after the error is fixed and every verified figure approved, and an
 * override is recorded with its reason.
 */
class CliSignoffTest {
    private static final String WATER_PARAGRAPH = "ch2-s4-p6";
    private static final String RIGHT = "98,652立方米";
    private static final String WRONG = "98,653立方米";

    @TempDir
    Path dir;

    @BeforeEach
    void chineseAndAKnownReviewer() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        System.setProperty("esgstudio.user", "李审核");
    }

    @AfterEach
    void clear() {
        System.clearProperty("esgstudio.user");
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    private Path sampleWithWaterFigure(String written) {
        Project sample = Samples.read(Samples.QINGHE);
        Paragraph water = (Paragraph) ReportQuery.block(sample.report(), WATER_PARAGRAPH).orElseThrow();
        assertThat(water.text().zh()).contains(RIGHT);
        Paragraph changed = new Paragraph(water.id(), new LocalizedText(water.text().zh().replace(RIGHT, written),
                water.text().en()), water.notes());
        Path esg = dir.resolve("q.esg");
        ProjectFile.create(esg, sample.withReport(ReportEdits.replaceBlock(sample.report(), changed)), Samples.AUTHOR,
                "示例");
        return esg;
    }

    private static void fixWaterFigure(Path esg) {
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_WRITE)) {
            Project project = file.load();
            Paragraph water = (Paragraph) ReportQuery.block(project.report(), WATER_PARAGRAPH).orElseThrow();
            Paragraph fixed = new Paragraph(water.id(), new LocalizedText(water.text().zh().replace(WRONG, RIGHT),
                    water.text().en()), water.notes());
            assertThat(file.save(project.withReport(ReportEdits.replaceBlock(project.report(), fixed)), "李审核",
                    "改正用水量")).isTrue();
        }
    }

    /** Approves, by value, every indicator and year that the text's agreeing figures quote. */
    private static int approveEveryVerifiedValue(Path esg) {
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_WRITE)) {
            Project project = file.load();
            Set<String> values = new LinkedHashSet<>();
            for (ReviewedFigure figure : SignOff.evaluate(project, file.approvals(), Validator.validate(
                    project.report(), project.data(), project.report().settings().year())).figures()) {
                if (figure.agrees()) {
                    values.add(figure.indicator() + "@" + figure.year());
                }
            }
            for (String value : values) {
                String[] parts = value.split("@");
                file.approve(Approvals.value(project, parts[0], Integer.parseInt(parts[1]), "李审核", Instant.now())
                        .orElseThrow());
            }
            return values.size();
        }
    }

    @Test
    void finalExportIsRefusedWithAnOpenErrorAndSucceedsAfterTheFixAndSignOff() {
        Path esg = sampleWithWaterFigure(WRONG);
        Path pdf = dir.resolve("final.pdf");

        CliRun refused = CliRun.of("export-pdf", esg, "-o", pdf, "--final");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(Cli.REPORT_HAS_ERRORS);
        assertThat(refused.errLines()).singleElement().asString().startsWith("esg-studio: " + esg + ": 拒绝定稿导出：")
                .contains(WRONG).containsPattern("[1-9]\\d* 个校验错误");
        assertThat(pdf).doesNotExist();

        fixWaterFigure(esg);
        CliRun unapproved = CliRun.of("export-pdf", esg, "-o", pdf, "--final");
        assertThat(unapproved.exitCode()).as(unapproved.toString()).isEqualTo(Cli.REPORT_HAS_ERRORS);
        assertThat(unapproved.err()).contains("0 个校验错误").containsPattern("[1-9]\\d* 个数字未批准");
        assertThat(pdf).doesNotExist();

        assertThat(approveEveryVerifiedValue(esg)).isPositive();
        CliRun signoff = CliRun.of("signoff", esg);
        assertThat(signoff.exitCode()).as(signoff.toString()).isZero();
        assertThat(signoff.out()).contains("可以定稿导出").doesNotContain("已撤销的批准");

        CliRun done = CliRun.of("export-pdf", esg, "-o", pdf, "--final");
        assertThat(done.exitCode()).as(done.toString()).isZero();
        assertThat(pdf).isNotEmptyFile();
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_ONLY)) {
            assertThat(file.finalExports()).as("a clean final export needs no override").isEmpty();
        }
    }

    @Test
    void anOverrideExportsAndRecordsWhoWhyAndWhatWasOpen() throws Exception {
        Path esg = sampleWithWaterFigure(WRONG);
        Path pdf = dir.resolve("override.pdf");

        CliRun run = CliRun.of("export-pdf", esg, "-o", pdf, "--final", "--override", "董事会要求按期披露");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(pdf).isNotEmptyFile();
        assertThat(run.err()).contains("已强制定稿导出").contains("董事会要求按期披露");
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_ONLY)) {
            assertThat(file.finalExports()).singleElement().satisfies(export -> {
                assertThat(export.reason()).isEqualTo("董事会要求按期披露");
                assertThat(export.who()).isEqualTo("李审核");
                assertThat(export.errors()).isPositive();
                assertThat(export.unapproved()).isPositive();
                assertThat(export.output()).isEqualTo(pdf.toAbsolutePath().toString());
            });
        }
    }

    @Test
    void approveRecordsTheReviewerAndSignoffShowsTheRevocationAfterAnEdit() {
        Path esg = sampleWithWaterFigure(RIGHT);

        CliRun approved = CliRun.of("approve", esg, "--block", WATER_PARAGRAPH, "--reviewer", "王财务");
        assertThat(approved.exitCode()).as(approved.toString()).isZero();
        assertThat(approved.out()).contains("已批准 " + WATER_PARAGRAPH).contains("王财务");
        CliRun byDefault = CliRun.of("approve", esg, "--block", WATER_PARAGRAPH);
        assertThat(byDefault.exitCode()).as(byDefault.toString()).isZero();
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_ONLY)) {
            assertThat(file.approvals()).extracting(a -> a.reviewer()).containsExactly("王财务", "李审核");
        }

        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_WRITE)) {
            Project project = file.load();
            Paragraph water = (Paragraph) ReportQuery.block(project.report(), WATER_PARAGRAPH).orElseThrow();
            file.save(project.withReport(ReportEdits.replaceBlock(project.report(), new Paragraph(water.id(),
                    new LocalizedText(water.text().zh() + "另见附录。", water.text().en()), water.notes()))),
                    "李审核", "补一句");
        }
        CliRun signoff = CliRun.of("signoff", esg);
        assertThat(signoff.exitCode()).as(signoff.toString()).isZero();
        assertThat(signoff.outLines()).filteredOn(line -> line.startsWith("已撤销的批准：" + WATER_PARAGRAPH))
                .hasSize(2);
        assertThat(signoff.out()).contains("个已核实").contains("尚不能定稿导出");
    }

    @Test
    void badTargetsAndMisusedOptionsExitTwoWithOneLineAndChangeNothing() throws Exception {
        Path esg = sampleWithWaterFigure(RIGHT);
        byte[] before = Files.readAllBytes(esg);

        CliRun noValue = CliRun.of("approve", esg, "--value", "NO.SUCH@2024");
        assertThat(noValue.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(noValue.errLines()).containsExactly("esg-studio: " + esg + ": 没有指标值 NO.SUCH@2024，无法批准");
        CliRun noBlock = CliRun.of("approve", esg, "--block", "nowhere");
        assertThat(noBlock.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(noBlock.errLines()).singleElement().asString().contains("nowhere");
        CliRun badValue = CliRun.of("approve", esg, "--value", "2024");
        assertThat(badValue.exitCode()).isEqualTo(Cli.BAD_INPUT);
        CliRun both = CliRun.of("approve", esg, "--value", "A@2024", "--block", WATER_PARAGRAPH);
        assertThat(both.exitCode()).isEqualTo(Cli.BAD_INPUT);
        CliRun overrideAlone = CliRun.of("export-pdf", esg, "-o", dir.resolve("x.pdf"), "--override", "原因");
        assertThat(overrideAlone.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(overrideAlone.errLines()).singleElement().asString().contains("--override");
        assertThat(dir.resolve("x.pdf")).doesNotExist();

        assertThat(Files.readAllBytes(esg)).isEqualTo(before);
    }

    @Test
    void aFigureApprovedAsWrittenIsCoveredAndRevokedWhenItsValueChanges() {
        Path esg = sampleWithWaterFigure(RIGHT);

        CliRun approved = CliRun.of("approve", esg, "--block", WATER_PARAGRAPH, "--figure", RIGHT);
        assertThat(approved.exitCode()).as(approved.toString()).isZero();
        assertThat(approved.out()).contains("已批准 " + WATER_PARAGRAPH).contains("«" + RIGHT + "»");
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_ONLY)) {
            Project project = file.load();
            var report = SignOff.evaluate(project, file.approvals(), Validator.validate(project.report(),
                    project.data(), project.report().settings().year()));
            assertThat(report.figures()).filteredOn(f -> f.status() == org.esgstudio.review.FigureStatus.APPROVED)
                    .extracting(ReviewedFigure::text).containsExactly(RIGHT);
        }

        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_WRITE)) {
            Project project = file.load();
            String code = file.approvals().get(0).indicator();
            int year = file.approvals().get(0).year();
            var value = project.data().value(code, year).orElseThrow();
            var changed = new org.esgstudio.data.IndicatorValue(code, year, value.amount().add(java.math.BigDecimal.ONE),
                    value.status(), value.note(), value.provenance());
            file.save(project.withData(project.data().withValue(changed)), "李审核", "改数据");
        }
        CliRun signoff = CliRun.of("signoff", esg);
        assertThat(signoff.outLines()).anyMatch(line -> line.startsWith("已撤销的批准：" + WATER_PARAGRAPH)
                && line.contains(RIGHT));
    }

    @Test
    void aFigureThatIsNotInTheBlockOrHasNoBlockIsRefused() throws Exception {
        Path esg = sampleWithWaterFigure(RIGHT);
        byte[] before = Files.readAllBytes(esg);

        CliRun absent = CliRun.of("approve", esg, "--block", WATER_PARAGRAPH, "--figure", "12,345立方米");
        assertThat(absent.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(absent.errLines()).containsExactly("esg-studio: " + esg + ": 内容块“" + WATER_PARAGRAPH
                + "”中没有与数据一致的数字“12,345立方米”（数字须按原文写出，且只对应一个指标值），无法批准");
        CliRun noBlock = CliRun.of("approve", esg, "--value", "A@2024", "--figure", RIGHT);
        assertThat(noBlock.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(noBlock.err()).contains("--figure 须与 --block 一起使用");

        assertThat(Files.readAllBytes(esg)).isEqualTo(before);
    }
}
