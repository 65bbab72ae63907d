package org.esgstudio.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.ReportEdits;
import org.esgstudio.model.ReportQuery;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Comment threads folded from what the file keeps (answers in order, resolve and reopen), read against the main
 * sample (where each anchor sits, and when it is lost), and the refusals of the one door every write goes through.
 */
class CommentThreadsTest {
    private static final String WATER = "ch2-s4-p6";
    private static final String RIGHT = "98,652立方米";
    private static final Instant AT = Instant.parse("2025-04-01T09:00:00Z");
    private static Project sample;

    /** Comments and events as the store hands them back: with ids, in the order they were written. */
    private final List<Comment> comments = new ArrayList<>();
    private final List<CommentEvent> events = new ArrayList<>();
    private long nextId = 1;

    @BeforeAll
    static void readTheSample() {
        sample = Samples.read(Samples.QINGHE);
    }

    @BeforeEach
    void chinese() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    private CommentLog log() {
        return new CommentLog(comments, events);
    }

    private long open(CommentAnchor anchor, String text, String author, int minutes) {
        Comment comment = Comments.open(sample, anchor, text, author, AT.plusSeconds(60L * minutes)).withId(nextId++);
        comments.add(comment);
        return comment.id();
    }

    private void reply(long thread, String text, String author, int minutes) {
        comments.add(Comments.reply(log(), thread, text, author, AT.plusSeconds(60L * minutes)).withId(nextId++));
    }

    private void resolve(long thread, String who, int minutes) {
        events.add(Comments.resolve(log(), thread, who, AT.plusSeconds(60L * minutes)).withId(events.size() + 1));
    }

    private void reopen(long thread, String who, int minutes) {
        events.add(Comments.reopen(log(), thread, who, AT.plusSeconds(60L * minutes)).withId(events.size() + 1));
    }

    private static Project withWaterText(String zh) {
        Paragraph water = (Paragraph) ReportQuery.block(sample.report(), WATER).orElseThrow();
        Paragraph changed = new Paragraph(water.id(), new LocalizedText(zh, water.text().en()), water.notes());
        return sample.withReport(ReportEdits.replaceBlock(sample.report(), changed));
    }

    private static String waterText() {
        return ((Paragraph) ReportQuery.block(sample.report(), WATER).orElseThrow()).text().zh();
    }

    @Test
    void answersFollowTheirThreadInTheOrderTheyWereWrittenAndANewThreadIsOpen() {
        long first = open(CommentAnchor.figure(WATER, RIGHT, 1), "请核对用水量口径", "李审核", 0);
        long second = open(CommentAnchor.block("ch2"), "本章偏长", "张总", 1);
        reply(first, "已核对，与台账一致", "王财务", 2);
        reply(second, "将删去一个案例", "赵编辑", 3);
        reply(first, "附台账截图", "王财务", 4);

        List<CommentThread> threads = log().threads();

        assertThat(threads).extracting(CommentThread::id).containsExactly(first, second);
        assertThat(threads.get(0).replies()).extracting(Comment::body).containsExactly("已核对，与台账一致", "附台账截图");
        assertThat(threads.get(1).replies()).extracting(Comment::author).containsExactly("赵编辑");
        assertThat(threads).allSatisfy(thread -> {
            assertThat(thread.status()).isEqualTo(CommentStatus.OPEN);
            assertThat(thread.lastChange()).isNull();
        });
        assertThat(threads.get(0).anchor()).isEqualTo(CommentAnchor.figure(WATER, RIGHT, 1));
    }

    @Test
    void resolveAndReopenLeaveTheStatusOfTheLastEventWithWhoAndWhen() {
        long thread = open(CommentAnchor.block(WATER), "来源请注明", "李审核", 0);
        resolve(thread, "王财务", 5);
        assertThat(log().threads()).singleElement().satisfies(t -> {
            assertThat(t.status()).isEqualTo(CommentStatus.RESOLVED);
            assertThat(t.lastChange().who()).isEqualTo("王财务");
        });

        reopen(thread, "李审核", 9);
        reply(thread, "仍缺来源", "李审核", 10);

        CommentThread reopened = log().threads().get(0);
        assertThat(reopened.status()).isEqualTo(CommentStatus.OPEN);
        assertThat(reopened.lastChange().action()).isEqualTo(CommentAction.REOPEN);
        assertThat(reopened.lastChange().who()).isEqualTo("李审核");
        assertThat(reopened.lastChange().at()).isEqualTo(AT.plusSeconds(540));
        assertThat(reopened.replies()).extracting(Comment::body).containsExactly("仍缺来源");
    }

    @Test
    void aResolvedThreadIsNotResolvedAgainNorAnOpenOneReopened() {
        long thread = open(CommentAnchor.block(WATER), "来源请注明", "李审核", 0);
        assertThatThrownBy(() -> reopen(thread, "李审核", 1)).isInstanceOfSatisfying(CommentRefused.class,
                refused -> {
                    assertThat(refused.reason()).isEqualTo(CommentRefused.Reason.ALREADY_OPEN);
                    assertThat(refused.alreadyDone()).isTrue();
                });
        resolve(thread, "王财务", 2);
        assertThatThrownBy(() -> resolve(thread, "李审核", 3)).isInstanceOfSatisfying(CommentRefused.class,
                refused -> {
                    assertThat(refused.reason()).isEqualTo(CommentRefused.Reason.ALREADY_RESOLVED);
                    assertThat(refused.getMessage()).contains("#1", "王财务", AT.plusSeconds(120).toString());
                });
        assertThat(events).hasSize(1);
    }

    @Test
    void commentsNeedTextAThreadAndAnAnchorTheReportHas() {
        long thread = open(CommentAnchor.block(WATER), "来源请注明", "李审核", 0);

        assertThatThrownBy(() -> open(CommentAnchor.block(WATER), " \n\t ", "李审核", 1))
                .isInstanceOfSatisfying(CommentRefused.class,
                        r -> assertThat(r.reason()).isEqualTo(CommentRefused.Reason.EMPTY_TEXT));
        assertThatThrownBy(() -> reply(thread, "", "王财务", 1)).isInstanceOfSatisfying(CommentRefused.class,
                r -> assertThat(r.reason()).isEqualTo(CommentRefused.Reason.EMPTY_TEXT));
        assertThatThrownBy(() -> reply(99, "答复", "王财务", 1)).isInstanceOfSatisfying(CommentRefused.class,
                r -> assertThat(r.getMessage()).isEqualTo("没有编号为 #99 的批注"));
        assertThatThrownBy(() -> resolve(99, "王财务", 1)).isInstanceOf(CommentRefused.class);
        assertThatThrownBy(() -> open(CommentAnchor.block("no-such-block"), "x", "李审核", 1))
                .isInstanceOfSatisfying(CommentRefused.class,
                        r -> assertThat(r.getMessage()).isEqualTo("报告中没有编号为“no-such-block”的内容块"));
        assertThatThrownBy(() -> open(CommentAnchor.figure(WATER, "98,653立方米", 1), "x", "李审核", 1))
                .isInstanceOfSatisfying(CommentRefused.class, r -> {
                    assertThat(r.reason()).isEqualTo(CommentRefused.Reason.NO_FIGURE);
                    assertThat(r.getMessage()).contains("98,653立方米", "«" + RIGHT + "»");
                });
        assertThatThrownBy(() -> open(CommentAnchor.figure(WATER, RIGHT, 2), "x", "李审核", 1))
                .as("the paragraph writes that figure once").isInstanceOf(CommentRefused.class);
        assertThat(comments).hasSize(1);
    }

    @Test
    void aCommentKeepsItsTextWithoutSurroundingBlankLines() {
        Comment comment = Comments.open(sample, CommentAnchor.block(WATER), "\r\n  第一行\r\n第二行  \n\n", "李审核", AT);
        assertThat(comment.body()).isEqualTo("第一行\n第二行");
        assertThat(comment.firstLine()).isEqualTo("第一行");
    }

    @Test
    void theFiguresOfABlockAreNumberedPerSpellingSoThatTwoEqualFiguresAreToldApart() {
        Project twice = withWaterText(waterText() + "再次强调：全年用水量" + RIGHT + "。");
        CommentAnchors anchors = new CommentAnchors(twice);

        List<CommentAnchor> figures = anchors.figures(WATER).orElseThrow();

        assertThat(figures).filteredOn(a -> a.figureText().equals(RIGHT)).extracting(CommentAnchor::occurrence)
                .containsExactly(1, 2);
        assertThat(figures).allMatch(a -> a.blockId().equals(WATER));
        assertThat(Comments.open(twice, CommentAnchor.figure(WATER, RIGHT, 2), "第二处", "李审核", AT).anchor()
                .occurrence()).isEqualTo(2);
        assertThat(anchors.figures("ch2")).as("a chapter has no figures of its own").contains(List.of());
        assertThat(anchors.figures("no-such-block")).isEmpty();
    }

    @Test
    void aThreadIsOrphanedWhenItsFigureLeavesTheBlockOrItsBlockIsDeletedAndListedStill() {
        long onFigure = open(CommentAnchor.figure(WATER, RIGHT, 1), "请核对", "李审核", 0);
        long onBlock = open(CommentAnchor.block(WATER), "来源请注明", "李审核", 1);
        long onChapter = open(CommentAnchor.block("ch2"), "本章偏长", "张总", 2);

        List<PlacedThread> now = new CommentAnchors(sample).place(log().threads());
        assertThat(now).noneMatch(PlacedThread::orphaned);
        assertThat(now.get(0).place().path()).startsWith("02 绿色保险 守护绿水青山 › 2.4").contains("段落");
        assertThat(now.get(0).chapterNumber()).isEqualTo(2);
        assertThat(now.get(2).place().path()).isEqualTo("02 绿色保险 守护绿水青山");

        Project rewritten = withWaterText(waterText().replace(RIGHT, "约十万立方米"));
        List<PlacedThread> afterRewrite = new CommentAnchors(rewritten).place(log().threads());
        assertThat(afterRewrite).extracting(PlacedThread::id, PlacedThread::orphan).containsExactly(
                org.assertj.core.groups.Tuple.tuple(onFigure, Orphan.FIGURE_GONE),
                org.assertj.core.groups.Tuple.tuple(onBlock, null),
                org.assertj.core.groups.Tuple.tuple(onChapter, null));
        assertThat(afterRewrite.get(0).place()).as("the block is still there").isNotNull();

        Project deleted = sample.withReport(ReportEdits.removeBlock(sample.report(), WATER));
        List<PlacedThread> afterDelete = new CommentAnchors(deleted).place(log().threads());
        assertThat(afterDelete).extracting(PlacedThread::orphan)
                .containsExactly(Orphan.NODE_GONE, Orphan.NODE_GONE, null);
        assertThat(afterDelete.get(0).place()).isNull();
        assertThat(afterDelete.get(0).chapterNumber()).isNull();

        Project twice = withWaterText(waterText() + "重申" + RIGHT + "。");
        comments.add(Comments.open(twice, CommentAnchor.figure(WATER, RIGHT, 2), "第二处", "李审核", AT)
                .withId(nextId++));
        assertThat(new CommentAnchors(twice).place(log().threads()).get(3).orphaned()).isFalse();
        assertThat(new CommentAnchors(sample).place(log().threads()).get(3).orphan())
                .as("the second 98,652立方米 is gone again").isEqualTo(Orphan.FIGURE_GONE);
    }
}
