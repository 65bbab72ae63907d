package org.esgstudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import org.esgstudio.review.Comment;
import org.esgstudio.review.CommentAction;
import org.esgstudio.review.CommentAnchor;
import org.esgstudio.review.CommentEvent;
import org.esgstudio.review.CommentLog;
import org.esgstudio.review.CommentStatus;
import org.esgstudio.review.CommentThread;
import org.esgstudio.review.Comments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Review comments kept in a real project file of the main sample: written, read back, and never changed. */
class ProjectFileCommentTest {
    private static final String WATER = "ch2-s4-p6";
    private static final Instant AT = Instant.parse("2025-04-01T09:00:00Z");

    @TempDir
    Path dir;

    /** A thread on the water figure with one answer, resolved and reopened; returns the file. */
    private Path fileWithAThread() {
        Path esg = Samples.projectFile(Samples.QINGHE, dir.resolve("q.esg"));
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_WRITE)) {
            Comment opening = file.comment(Comments.open(file.load(), CommentAnchor.figure(WATER, "98,652立方米", 1),
                    "请核对用水量口径\n与去年是否一致？", "李审核", AT));
            assertThat(opening.id()).isPositive();
            file.comment(Comments.reply(file.comments(), opening.id(), "已核对，一致", "王财务", AT.plusSeconds(60)));
            file.commentEvent(Comments.resolve(file.comments(), opening.id(), "李审核", AT.plusSeconds(120)));
            file.commentEvent(Comments.reopen(file.comments(), opening.id(), "张总", AT.plusSeconds(180)));
            file.comment(Comments.open(file.load(), CommentAnchor.block("ch2"), "本章偏长", "张总", AT.plusSeconds(240)));
        }
        return esg;
    }

    @Test
    void threadsAnswersAndStatusEventsComeBackAsWrittenAfterReopening() {
        Path esg = fileWithAThread();

        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_ONLY)) {
            CommentLog log = file.comments();
            assertThat(log.comments()).hasSize(3);
            assertThat(log.events()).extracting(CommentEvent::action, CommentEvent::who).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(CommentAction.RESOLVE, "李审核"),
                    org.assertj.core.groups.Tuple.tuple(CommentAction.REOPEN, "张总"));
            assertThat(log.threads()).hasSize(2);
            CommentThread water = log.threads().get(0);
            assertThat(water.anchor()).isEqualTo(CommentAnchor.figure(WATER, "98,652立方米", 1));
            assertThat(water.opening().body()).isEqualTo("请核对用水量口径\n与去年是否一致？");
            assertThat(water.opening().author()).isEqualTo("李审核");
            assertThat(water.opening().at()).isEqualTo(AT);
            assertThat(water.replies()).singleElement().satisfies(reply -> {
                assertThat(reply.body()).isEqualTo("已核对，一致");
                assertThat(reply.threadId()).isEqualTo(water.id());
                assertThat(reply.anchor()).isNull();
            });
            assertThat(water.status()).isEqualTo(CommentStatus.OPEN);
            assertThat(water.lastChange().at()).isEqualTo(AT.plusSeconds(180));
            assertThat(log.threads().get(1).anchor()).isEqualTo(CommentAnchor.block("ch2"));
        }
    }

    @Test
    void commentsMakeNoRevisionOfTheReport() {
        Path esg = Samples.projectFile(Samples.QINGHE, dir.resolve("q.esg"));
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_WRITE)) {
            int revisions = file.history().size();
            Comment opening = file.comment(Comments.open(file.load(), CommentAnchor.block(WATER), "来源？", "李审核", AT));
            file.commentEvent(Comments.resolve(file.comments(), opening.id(), "李审核", AT));
            assertThat(file.history()).hasSize(revisions);
        }
        assertThat(HistoryChain.verify(esg).intact()).isTrue();
    }

    @Test
    void storedCommentsAndEventsCannotBeChangedOrDeletedNorAnswersAnsweredDirectly() throws Exception {
        Path esg = fileWithAThread();
        try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + esg);
             Statement statement = sql.createStatement()) {
            statement.execute("PRAGMA foreign_keys = ON");
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE comment SET body = '改过' WHERE id = 1"))
                    .hasMessageContaining("kept as written");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM comment WHERE id = 2"))
                    .hasMessageContaining("kept as written");
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE comment_event SET action = 'resolve'"))
                    .hasMessageContaining("kept as made");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM comment_event"))
                    .hasMessageContaining("kept as made");
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO comment(thread_id, body, author, at) "
                    + "VALUES (2, '答复的答复', '王财务', '2025-04-01T10:00:00Z')"))
                    .hasMessageContaining("answers the first comment of a thread");
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO comment_event(thread_id, action, who, at) "
                    + "VALUES (2, 'resolve', '王财务', '2025-04-01T10:00:00Z')"))
                    .hasMessageContaining("not an answer");
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO comment(block_id, body, author, at) "
                    + "VALUES ('ch2', '   ', '王财务', '2025-04-01T10:00:00Z')")).hasMessageContaining("CHECK");
        }
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_ONLY)) {
            assertThat(file.comments().comments()).hasSize(3);
            assertThat(file.comments().events()).hasSize(2);
        }
    }

    @Test
    void aFileOpenedReadOnlyRefusesCommentsAndIsLeftAsItWas() throws Exception {
        Path esg = fileWithAThread();
        byte[] before = Files.readAllBytes(esg);
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_ONLY)) {
            Comment comment = Comments.open(file.load(), CommentAnchor.block(WATER), "x", "李审核", AT);
            assertThatThrownBy(() -> file.comment(comment)).isInstanceOf(IllegalStateException.class);
            CommentEvent event = Comments.resolve(file.comments(), 1, "李审核", AT);
            assertThatThrownBy(() -> file.commentEvent(event)).isInstanceOf(IllegalStateException.class);
        }
        assertThat(Files.readAllBytes(esg)).isEqualTo(before);
    }
}
