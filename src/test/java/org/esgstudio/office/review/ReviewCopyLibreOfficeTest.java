package org.esgstudio.office.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.text.PDFTextStripper;
import org.esgstudio.i18n.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance: an exported review copy opens in LibreOffice and keeps its comments. Chapter 2 of the main sample (with
 * one wrong figure) is converted to PDF headlessly with notes exported; LibreOffice writes each Word comment as a PDF
 * text annotation (subtype Text, with a Popup) whose contents are the comment's text; a review comment thread arrives
 * as one note holding its answer. Skipped without soffice.
 */
class ReviewCopyLibreOfficeTest {
    /** Every finding a comment (the default leaves out the info notes; these tests want comments everywhere). */
    private static final ReviewCopyOptions ALL_FINDINGS = ReviewCopyOptions.DEFAULT.withMinimumSeverity(
            org.esgstudio.figures.Severity.INFO);

    private static final String THREAD_TEXT = "废弃物总量请附来源";
    private static final String ANSWER_TEXT = "来源：行政部台账";

    @TempDir
    static Path dir;

    private static ReviewFixture fixture;
    private static ReviewCopy.Result result;
    private static String text;
    private static List<String> notes;
    private static int pages;

    @BeforeAll
    static void convertTheChapterCopyWithLibreOffice() throws Exception {
        assumeTrue(onPath("soffice"), "LibreOffice (soffice) is not installed");
        Messages.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        fixture = ReviewFixture.withWrongWaterFigure();
        Path docx = dir.resolve("chapter2.docx");
        java.time.Instant at = java.time.Instant.parse("2025-04-01T01:00:00Z");
        org.esgstudio.review.Comment opening = org.esgstudio.review.Comments.open(fixture.project,
                org.esgstudio.review.CommentAnchor.figure(ReviewFixture.WATER_PARAGRAPH, "490.06吨", 1),
                THREAD_TEXT, "李审核", at).withId(1);
        org.esgstudio.review.Comment answer = org.esgstudio.review.Comment.reply(1, ANSWER_TEXT, "王财务",
                at.plusSeconds(60)).withId(2);
        List<org.esgstudio.review.CommentThread> threads = new org.esgstudio.review.CommentLog(
                List.of(opening, answer), List.of()).threads();
        result = ReviewCopy.write(fixture.project, fixture.validation, threads,
                ALL_FINDINGS.withChapter(ReviewFixture.GREEN_CHAPTER), docx);
        Path profile = dir.resolve("lo-review-" + UUID.randomUUID());
        Process soffice = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=" + profile.toUri(),
                "--convert-to", "pdf:writer_pdf_Export:{\"ExportNotes\":{\"type\":\"boolean\",\"value\":\"true\"}}",
                "--outdir", dir.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(soffice.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        Path pdf = dir.resolve("chapter2.pdf");
        assertThat(pdf).as(Files.readString(dir.resolve("soffice.log"))).exists();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            pages = document.getNumberOfPages();
            text = new PDFTextStripper().getText(document);
            notes = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationText note) {
                        notes.add(note.getContents());
                    }
                }
            }
        }
    }

    @AfterAll
    static void chinese() {
        Messages.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
    }

    private static boolean onPath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theCopyOpensAndShowsItsHeadingsTextAndTheWrongFigure() {
        assertThat(pages).isGreaterThan(3);
        assertThat(text).contains("绿色保险 守护绿水青山", "推进绿色运营", "水资源与废弃物", "案例｜浙江安吉", "98,653");
    }

    @Test
    void everyCommentArrivesAsAPdfTextAnnotation() {
        assertThat(notes).hasSize(result.comments());
        assertThat(notes).anyMatch(note -> note.contains(ReviewFixture.WRONG) && note.contains("98,652")
                && note.contains("【错误】"));
        assertThat(notes).anyMatch(note -> note.contains("没有对应的指标"));
    }

    @Test
    void aReviewThreadArrivesAsOneNoteWithItsAnswer() {
        assertThat(result.threads()).isEqualTo(1);
        assertThat(notes).filteredOn(note -> note.contains(THREAD_TEXT)).singleElement().asString()
                .contains("答复 · 王财务", ANSWER_TEXT);
        assertThat(notes).noneMatch(note -> note.contains(ANSWER_TEXT) && !note.contains(THREAD_TEXT));
    }
}
