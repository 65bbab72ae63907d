package org.esgstudio.office.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.ReportEdits;
import org.esgstudio.review.Comment;
import org.esgstudio.review.CommentAnchor;
import org.esgstudio.review.CommentEvent;
import org.esgstudio.review.CommentLog;
import org.esgstudio.review.CommentThread;
import org.esgstudio.review.Comments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * Review comment threads in the Word review copy, read back with POI: each thread one Word comment by its author, on
 * the characters of its figure (the right one of two equal figures) or around its block, answers inside it with author
 * and date; open threads by default, resolved ones only when asked, none when asked; finding comments unchanged.
 */
class ReviewCopyThreadsTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String WATER = ReviewFixture.WATER_PARAGRAPH;
    private static final String WASTE = "490.06吨";
    private static final String TILES = "ch2-s1-tiles";
    private static final Instant AT = Instant.parse("2025-04-01T01:00:00Z");

    @TempDir
    Path dir;

    private Project project;
    private final List<Comment> comments = new ArrayList<>();
    private final List<CommentEvent> events = new ArrayList<>();
    private long next = 1;

    @BeforeEach
    void waterParagraphWritingTheWasteFigureTwice() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        ReviewFixture fixture = ReviewFixture.withWrongWaterFigure();
        Paragraph water = (Paragraph) ReviewFixture.find(fixture.project.report(), WATER);
        Paragraph twice = new Paragraph(water.id(), new LocalizedText(water.text().zh() + "其中复核后的废弃物总量仍为"
                + WASTE + "。", water.text().en()), water.notes());
        project = fixture.project.withReport(ReportEdits.replaceBlock(fixture.project.report(), twice));
    }

    private long open(CommentAnchor anchor, String text, String author) {
        Comment comment = Comments.open(project, anchor, text, author, AT.plusSeconds(60 * next)).withId(next++);
        comments.add(comment);
        return comment.id();
    }

    private void reply(long thread, String text, String author) {
        comments.add(Comments.reply(log(), thread, text, author, AT.plusSeconds(60 * next)).withId(next++));
    }

    private void resolve(long thread, String who) {
        events.add(Comments.resolve(log(), thread, who, AT.plusSeconds(3600)).withId(events.size() + 1));
    }

    private CommentLog log() {
        return new CommentLog(comments, events);
    }

    private List<CommentThread> threads() {
        return log().threads();
    }

    private XWPFDocument write(ReviewCopyOptions options, String name) throws Exception {
        Path file = dir.resolve(name);
        ReviewCopy.write(project, ReviewFixture.validation(project), threads(), options, file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    private static List<XWPFComment> byAuthor(XWPFDocument copy, String author) {
        return Arrays.stream(copy.getComments()).filter(c -> author.equals(c.getAuthor())).toList();
    }

    @Test
    void aThreadOnAFigureIsOneCommentByItsAuthorOnThatFiguresCharactersWithItsAnswersInOrder() throws Exception {
        long waste = open(CommentAnchor.figure(WATER, WASTE, 1), "废弃物总量请附来源\n是否含分公司？", "李审核");
        reply(waste, "来源：行政部台账", "王财务");
        reply(waste, "含 24 家分公司", "赵编辑");

        try (XWPFDocument copy = write(ReviewCopyOptions.DEFAULT.withChapter(ReviewFixture.GREEN_CHAPTER), "c.docx")) {
            XWPFComment comment = byAuthor(copy, "李审核").get(0);
            assertThat(byAuthor(copy, "李审核")).hasSize(1);
            assertThat(comment.getInitials()).isEqualTo("李审");
            assertThat(paragraphs(comment)).containsExactly("废弃物总量请附来源", "是否含分公司？",
                    "答复 · 王财务 · " + local(AT.plusSeconds(120)), "来源：行政部台账",
                    "答复 · 赵编辑 · " + local(AT.plusSeconds(180)), "含 24 家分公司");
            Range range = range(copy, comment.getId()).orElseThrow();
            assertThat(range.commented()).isEqualTo(WASTE);
            assertThat(range.before()).as("the first of the two").doesNotContain(WASTE).contains("废弃物总量");
            assertThat(byAuthor(copy, "王财务")).as("answers are inside the thread's comment").isEmpty();
        }
    }

    @Test
    void theSecondOfTwoEqualFiguresCarriesTheThreadAnchoredOnIt() throws Exception {
        open(CommentAnchor.figure(WATER, WASTE, 2), "复核后的数字为何重复？", "李审核");

        try (XWPFDocument copy = write(ReviewCopyOptions.DEFAULT, "w.docx")) {
            Range range = range(copy, byAuthor(copy, "李审核").get(0).getId()).orElseThrow();
            assertThat(range.commented()).isEqualTo(WASTE);
            assertThat(range.before()).contains(WASTE).endsWith("其中复核后的废弃物总量仍为");
        }
    }

    @Test
    void aThreadOnTheWrongFigureSharesItsCharactersWithTheFindingWhichStaysAsItWas() throws Exception {
        open(CommentAnchor.figure(WATER, ReviewFixture.WRONG, 1), "与台账不符？", "李审核");

        try (XWPFDocument copy = write(ReviewCopyOptions.DEFAULT.withChapter(ReviewFixture.GREEN_CHAPTER), "c.docx")) {
            XWPFComment finding = byAuthor(copy, "ESG 报告工作台").stream()
                    .filter(c -> c.getText().contains(ReviewFixture.WRONG)).findFirst().orElseThrow();
            assertThat(finding.getText()).contains("【错误】", "98,652");
            assertThat(range(copy, finding.getId()).orElseThrow().commented()).isEqualTo(ReviewFixture.WRONG);
            assertThat(range(copy, byAuthor(copy, "李审核").get(0).getId()).orElseThrow().commented())
                    .isEqualTo(ReviewFixture.WRONG);
        }
    }

    @Test
    void aThreadOnATileFigureIsFoundInTheTileAndOneOnABlockOrChapterWrapsItsFirstParagraph() throws Exception {
        open(CommentAnchor.figure(TILES, "21.47亿元", 1), "绿色保险保费口径？", "李审核");
        open(CommentAnchor.block("ch2-s4-tbl2"), "表格请加注数据范围", "王财务");
        open(CommentAnchor.block("ch2"), "本章偏长", "张总");

        try (XWPFDocument copy = write(ReviewCopyOptions.DEFAULT.withChapter(ReviewFixture.GREEN_CHAPTER), "c.docx")) {
            assertThat(range(copy, byAuthor(copy, "李审核").get(0).getId()).orElseThrow().commented())
                    .isEqualTo("21.47亿元");
            assertThat(range(copy, byAuthor(copy, "王财务").get(0).getId()).orElseThrow().commented())
                    .isEqualTo("资源使用与绿色办公");
            assertThat(range(copy, byAuthor(copy, "张总").get(0).getId()).orElseThrow().commented())
                    .contains("绿色保险 守护绿水青山");
        }
    }

    @Test
    void resolvedThreadsComeOnlyWhenAskedAndNoneWhenNoneAreAsked() throws Exception {
        long open = open(CommentAnchor.block(WATER), "来源请注明", "李审核");
        long done = open(CommentAnchor.figure(WATER, WASTE, 1), "已核对？", "王财务");
        resolve(done, "张总");
        int findings = (int) ReviewFixture.validation(project).findings().stream()
                .filter(f -> ReviewCopyOptions.DEFAULT.comments(f.severity()))
                .filter(f -> f.kind() != org.esgstudio.figures.FindingKind.TRANSLATION).count();

        try (XWPFDocument copy = write(ReviewCopyOptions.DEFAULT, "open.docx")) {
            assertThat(byAuthor(copy, "李审核")).hasSize(1);
            assertThat(byAuthor(copy, "王财务")).isEmpty();
            assertThat(copy.getComments()).hasSize(findings + 1);
            assertThat(text(copy)).contains("另附审阅讨论 1 条（未解决 1 条、已解决 0 条）");
        }
        try (XWPFDocument copy = write(ReviewCopyOptions.DEFAULT.withThreads(CommentScope.ALL), "all.docx")) {
            XWPFComment resolved = byAuthor(copy, "王财务").get(0);
            assertThat(paragraphs(resolved)).startsWith("【已解决】张总，" + local(AT.plusSeconds(3600)), "已核对？");
            assertThat(range(copy, resolved.getId()).orElseThrow().commented()).isEqualTo(WASTE);
            assertThat(copy.getComments()).hasSize(findings + 2);
        }
        try (XWPFDocument copy = write(ReviewCopyOptions.DEFAULT.withThreads(CommentScope.NONE), "none.docx")) {
            assertThat(copy.getComments()).hasSize(findings).allMatch(c -> c.getAuthor().equals("ESG 报告工作台"));
            assertThat(text(copy)).doesNotContain("审阅讨论");
        }
        assertThat(open).isNotEqualTo(done);
    }

    @Test
    void aThreadThatLostItsAnchorSaysSoOnItsBlockOrAmongTheRemarksWhenTheBlockIsGone() throws Exception {
        comments.add(Comment.opening(CommentAnchor.figure(WATER, "1立方米", 1), "这个数字去哪了？", "李审核", AT)
                .withId(next++));
        comments.add(Comment.opening(CommentAnchor.block("deleted-block"), "此段可删", "王财务", AT).withId(next++));

        try (XWPFDocument copy = write(ReviewCopyOptions.DEFAULT, "w.docx")) {
            XWPFComment figureGone = byAuthor(copy, "李审核").get(0);
            assertThat(paragraphs(figureGone)).startsWith("【锚点已失去：数字 «1立方米» 已不在此内容块中】", "这个数字去哪了？");
            assertThat(range(copy, figureGone.getId()).orElseThrow().commented()).startsWith("公司办公用水全部来自市政供水");
            XWPFComment blockGone = byAuthor(copy, "王财务").get(0);
            assertThat(paragraphs(blockGone)).startsWith("【锚点已失去：内容块 deleted-block 已删除】");
            assertThat(range(copy, blockGone.getId()).orElseThrow().commented()).isEqualTo("deleted-block：此段可删");
        }
        try (XWPFDocument copy = write(ReviewCopyOptions.DEFAULT.withChapter(ReviewFixture.GREEN_CHAPTER), "c.docx")) {
            assertThat(byAuthor(copy, "王财务")).as("a one-chapter copy cannot tell where it was").isEmpty();
            assertThat(byAuthor(copy, "李审核")).hasSize(1);
        }
    }

    private static String local(Instant at) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(at.atZone(
                java.time.ZoneId.systemDefault()));
    }

    private static List<String> paragraphs(XWPFComment comment) {
        return comment.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    private static String text(XWPFDocument copy) {
        StringBuilder all = new StringBuilder();
        ReviewFixture.paragraphs(copy.getBodyElements()).forEach(p -> all.append(p.getText()).append('\n'));
        return all.toString();
    }

    /** The text a comment's range holds and the text of its paragraph before it. */
    record Range(String before, String commented) {
    }

    private static Optional<Range> range(XWPFDocument copy, String id) {
        for (XWPFParagraph paragraph : ReviewFixture.paragraphs(copy.getBodyElements())) {
            StringBuilder before = new StringBuilder();
            StringBuilder inside = new StringBuilder();
            int state = 0;
            try (XmlCursor cursor = paragraph.getCTP().newCursor()) {
                if (!cursor.toFirstChild()) {
                    continue;
                }
                do {
                    String name = cursor.getName().getLocalPart();
                    String at = cursor.getAttributeText(new QName(W, "id"));
                    if (name.equals("commentRangeStart") && id.equals(at)) {
                        state = 1;
                    } else if (name.equals("commentRangeEnd") && id.equals(at)) {
                        state = 2;
                    } else if (name.equals("r")) {
                        StringBuilder text = new StringBuilder();
                        ((CTR) cursor.getObject()).getTList().forEach(t -> text.append(t.getStringValue()));
                        (state == 0 ? before : state == 1 ? inside : new StringBuilder()).append(text);
                    }
                } while (cursor.toNextSibling());
            }
            if (state == 2) {
                return Optional.of(new Range(before.toString(), inside.toString()));
            }
        }
        return Optional.empty();
    }
}
