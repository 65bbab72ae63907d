package org.esgstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.ReportEdits;
import org.esgstudio.review.CommentStatus;
import org.esgstudio.review.CommentThread;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code comment} and {@code comments} on the main sample: a thread on a figure answered, resolved and reopened,
 * listed with its place, filtered, as JSON; and each refusal with its exit status, one line naming the file, and the
 * file left as it was.
 */
class CliCommentTest {
    private static final String WATER = "ch2-s4-p6";
    private static final String RIGHT = "98,652立方米";

    @TempDir
    Path dir;
    private Path esg;

    @BeforeEach
    void sampleAndAKnownReviewer() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        System.setProperty("esgstudio.user", "李审核");
        esg = Samples.projectFile(Samples.QINGHE, dir.resolve("q.esg"));
    }

    @AfterEach
    void clear() {
        System.clearProperty("esgstudio.user");
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    private java.util.List<CommentThread> threads() {
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_ONLY)) {
            return file.comments().threads();
        }
    }

    @Test
    void aThreadOnAFigureIsAnsweredResolvedAndReopenedAndListedWithItsPlace() {
        CliRun opened = CliRun.of("comment", esg, "--block", WATER, "--figure", RIGHT, "-m", "请核对用水量口径");
        assertThat(opened.exitCode()).as(opened.toString()).isZero();
        assertThat(opened.out()).startsWith(esg + ": 已添加批注 #1（" + WATER + " «" + RIGHT + "»，李审核，");

        CliRun answered = CliRun.of("comment", esg, "--reply", "1", "-m", "已核对，与台账一致", "--author", "王财务");
        assertThat(answered.exitCode()).as(answered.toString()).isZero();
        assertThat(CliRun.of("comment", esg, "--resolve", "#1").exitCode()).isZero();
        assertThat(CliRun.of("comment", esg, "--block", "ch2", "-m", "本章偏长，建议删去一个案例").exitCode()).isZero();

        CliRun list = CliRun.of("comments", esg);
        assertThat(list.exitCode()).as(list.toString()).isZero();
        assertThat(list.outLines()).hasSize(3);
        assertThat(list.outLines().get(0)).startsWith("#1 [已解决] 02 绿色保险 守护绿水青山 › 2.4 推进绿色运营 › 段落 ")
                .contains("«" + RIGHT + "» — 李审核，", "：请核对用水量口径（1 条答复）").doesNotContain("锚点已失去");
        assertThat(list.outLines().get(1)).startsWith("#3 [未解决] 02 绿色保险 守护绿水青山 — 李审核，")
                .endsWith("：本章偏长，建议删去一个案例（0 条答复）");
        assertThat(list.outLines().get(2)).isEqualTo("共 2 条批注：1 条未解决，1 条已解决，0 条失去锚点");

        assertThat(CliRun.of("comments", esg, "--open").outLines()).hasSize(2)
                .first().asString().startsWith("#3 [未解决]");
        assertThat(CliRun.of("comments", esg, "--chapter", "1").outLines())
                .containsExactly("共 0 条批注：0 条未解决，0 条已解决，0 条失去锚点");

        assertThat(CliRun.of("comment", esg, "--reopen", "1").exitCode()).isZero();
        assertThat(threads()).extracting(CommentThread::status).containsExactly(CommentStatus.OPEN, CommentStatus.OPEN);
        assertThat(threads().get(0).replies()).singleElement().satisfies(r -> assertThat(r.author()).isEqualTo("王财务"));
        assertThat(threads().get(0).lastChange().who()).isEqualTo("李审核");
    }

    @Test
    void theJsonListingNamesEveryFieldAndMarksALostAnchor() throws Exception {
        CliRun.of("comment", esg, "--block", WATER, "--figure", RIGHT, "-m", "请核对\n第二行");
        CliRun.of("comment", esg, "--block", "ch2", "-m", "本章偏长");
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_WRITE)) {
            Project project = file.load();
            file.save(project.withReport(ReportEdits.removeBlock(project.report(), WATER)), "赵编辑", "删去用水段落");
        }

        CliRun run = CliRun.of("comments", esg, "--json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(run.out());
        assertThat(json.get("summary").toString()).isEqualTo("{\"threads\":2,\"open\":2,\"resolved\":0,\"orphaned\":1}");
        com.fasterxml.jackson.databind.JsonNode first = json.get("threads").get(0);
        assertThat(first.get("id").asLong()).isEqualTo(1);
        assertThat(first.get("status").asText()).isEqualTo("open");
        assertThat(first.get("blockId").asText()).isEqualTo(WATER);
        assertThat(first.get("figure").asText()).isEqualTo(RIGHT);
        assertThat(first.get("occurrence").asInt()).isEqualTo(1);
        assertThat(first.get("chapter").isNull()).as("the block is gone").isTrue();
        assertThat(first.get("location").isNull()).isTrue();
        assertThat(first.get("author").asText()).isEqualTo("李审核");
        assertThat(first.get("text").asText()).isEqualTo("请核对");
        assertThat(first.get("replies").asInt()).isZero();
        assertThat(first.get("orphaned").asBoolean()).isTrue();
        com.fasterxml.jackson.databind.JsonNode second = json.get("threads").get(1);
        assertThat(second.get("chapter").asInt()).isEqualTo(2);
        assertThat(second.get("location").asText()).isEqualTo("02 绿色保险 守护绿水青山");
        assertThat(second.get("orphaned").asBoolean()).isFalse();

        assertThat(CliRun.of("comments", esg).outLines().get(0)).startsWith("#1 [未解决] " + WATER + " «" + RIGHT + "»")
                .endsWith("【锚点已失去：内容块已删除】");
    }

    @Test
    void badInputIsRefusedWithExitTwoAndOneLineNamingTheFileAndTheFileIsUnchanged() throws Exception {
        CliRun.of("comment", esg, "--block", WATER, "-m", "来源请注明");
        byte[] before = Files.readAllBytes(esg);

        assertRefused(2, esg + ": 报告中没有编号为“no-such”的内容块", "comment", esg, "--block", "no-such", "-m", "x");
        assertRefused(2, esg + ": 内容块 " + WATER + " 中没有写作“98,653立方米”的第 1 个数字（该块可批注的数字：«"
                + RIGHT + "»、«5.43%»、«490.06吨»、«5.06%»）", "comment", esg, "--block", WATER, "--figure", "98,653立方米",
                "-m", "x");
        assertRefused(2, esg + ": 内容块 " + WATER + " 中没有写作“" + RIGHT + "”的第 2 个数字", "comment", esg, "--block",
                WATER, "--figure", RIGHT, "--occurrence", "2", "-m", "x");
        assertRefused(2, esg + ": 没有编号为 #7 的批注", "comment", esg, "--reply", "7", "-m", "x");
        assertRefused(2, esg + ": 没有编号为 #7 的批注", "comment", esg, "--resolve", "7");
        assertRefused(2, esg + ": 批注内容为空：请写明意见", "comment", esg, "--block", WATER, "-m", "   ");
        assertRefused(2, "须用 -m 写明批注内容", "comment", esg, "--block", WATER);
        assertRefused(2, "--resolve 与 --reopen 不带内容", "comment", esg, "--resolve", "1", "-m", "x");
        assertRefused(2, "--occurrence 只能与 --figure 一起使用", "comment", esg, "--block", WATER, "--occurrence", "2",
                "-m", "x");
        assertRefused(2, "选项 --reply 的取值“abc”无效", "comment", esg, "--reply", "abc", "-m", "x");
        assertRefused(2, "选项 --block 的取值“ ”无效", "comment", esg, "--block", " ", "-m", "x");
        assertRefused(2, "选项 --figure 的取值“”无效", "comment", esg, "--block", WATER, "--figure", "", "-m", "x");
        assertRefused(2, "选项 --occurrence 的取值“0”无效", "comment", esg, "--block", WATER, "--figure", RIGHT,
                "--occurrence", "0", "-m", "x");
        assertRefused(2, esg + ": 没有第 9 章", "comments", esg, "--chapter", "9");
        assertRefused(1, esg + ": 批注 #1 尚未解决，无需重新打开", "comment", esg, "--reopen", "1");

        assertThat(Files.readAllBytes(esg)).isEqualTo(before);
    }

    @Test
    void resolvingAResolvedThreadIsRefusedWithExitOneAndNamesWhoResolvedIt() {
        CliRun.of("comment", esg, "--block", WATER, "-m", "来源请注明");
        CliRun.of("comment", esg, "--resolve", "1", "--author", "王财务");

        CliRun again = CliRun.of("comment", esg, "--resolve", "1");

        assertThat(again.exitCode()).as(again.toString()).isEqualTo(1);
        assertThat(again.errLines()).singleElement().asString()
                .startsWith("esg-studio: " + esg + ": 批注 #1 已于 ").contains("由 王财务 标为已解决", "重新打开");
        assertThat(threads().get(0).lastChange().who()).isEqualTo("王财务");
    }

    @Test
    void theWordReviewCopyCarriesOpenThreadsByDefaultAllOrNoneWhenAsked() throws Exception {
        CliRun.of("comment", esg, "--block", WATER, "--figure", RIGHT, "-m", "请核对用水量口径");
        CliRun.of("comment", esg, "--reply", "1", "-m", "已核对", "--author", "王财务");
        CliRun.of("comment", esg, "--block", "ch2", "-m", "本章偏长", "--author", "张总");
        CliRun.of("comment", esg, "--resolve", "3");

        Path copy = dir.resolve("copy.docx");
        CliRun open = CliRun.of("export-docx", esg, "-o", copy, "--chapter", "2");
        assertThat(open.exitCode()).as(open.toString()).isZero();
        assertThat(open.outLines()).hasSize(2).last().isEqualTo("其中 1 条为审阅讨论（作者与答复见批注）");
        assertThat(authorsIn(copy)).contains("李审核").doesNotContain("张总", "王财务");

        CliRun all = CliRun.of("export-docx", esg, "-o", dir.resolve("all.docx"), "--review-comments", "all");
        assertThat(all.outLines()).last().isEqualTo("其中 2 条为审阅讨论（作者与答复见批注）");
        assertThat(authorsIn(dir.resolve("all.docx"))).contains("李审核", "张总");

        CliRun none = CliRun.of("export-docx", esg, "-o", dir.resolve("none.docx"), "--review-comments", "none");
        assertThat(none.outLines()).singleElement();
        assertThat(authorsIn(dir.resolve("none.docx"))).doesNotContain("李审核", "张总");

        CliRun bad = CliRun.of("export-docx", esg, "-o", dir.resolve("bad.docx"), "--review-comments", "some");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("选项 --review-comments 的取值“some”无效");
        assertThat(dir.resolve("bad.docx")).doesNotExist();
    }

    private static java.util.Set<String> authorsIn(Path docx) throws Exception {
        try (java.io.InputStream in = Files.newInputStream(docx);
             org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            java.util.Set<String> authors = new java.util.HashSet<>();
            for (org.apache.poi.xwpf.usermodel.XWPFComment comment : document.getComments()) {
                authors.add(comment.getAuthor());
            }
            return authors;
        }
    }

    @Test
    void theCommandsAreDescribedInEnglishToo() {
        Messages.setLocale(Locale.ENGLISH);
        CliRun help = CliRun.of("comment", "--help");
        assertThat(help.out()).contains("open a thread on a block", "--occurrence=N", "--resolve=THREAD");
        CliRun refused = CliRun.of("comment", esg, "--block", "no-such", "-m", "x");
        assertThat(refused.errLines()).containsExactly("esg-studio: " + esg + ": the report has no block with the id \"no-such\"");
    }

    private static void assertRefused(int exit, String message, Object... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(exit);
        assertThat(run.out()).as(run.toString()).isEmpty();
        assertThat(run.errLines()).as(run.toString()).singleElement().asString().startsWith("esg-studio: ")
                .contains(message);
    }
}
