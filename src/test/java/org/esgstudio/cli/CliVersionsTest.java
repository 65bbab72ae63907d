package org.esgstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.esgstudio.i18n.Messages;
import org.esgstudio.review.compare.SampleEdits;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code version}, {@code versions} and {@code compare} on the main sample. */
class CliVersionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeEach
    void chineseAndAKnownUser() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        System.setProperty("esgstudio.user", "李审核");
    }

    @AfterEach
    void clear() {
        System.clearProperty("esgstudio.user");
    }

    private static int versionCount(Path esg) {
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_ONLY)) {
            return file.versions().size();
        }
    }

    @Test
    void versionNamesTheSavedStateAndVersionsListsItOldestFirst() throws Exception {
        Path esg = Samples.projectFile(Samples.QINGHE, dir.resolve("q.esg"));

        CliRun first = CliRun.of("version", esg, "--name", "送审版 v1");
        CliRun second = CliRun.of("version", esg, "--name", "定稿版", "--author", "王财务");
        CliRun listed = CliRun.of("versions", esg);
        CliRun json = CliRun.of("versions", esg, "--json");

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.out()).contains("已将当前状态命名为版本“送审版 v1”", "修订 1", "李审核");
        assertThat(second.exitCode()).isZero();
        assertThat(listed.outLines()).hasSize(2);
        assertThat(listed.outLines().get(0)).startsWith("送审版 v1\t李审核\t");
        assertThat(listed.outLines().get(1)).startsWith("定稿版\t王财务\t");
        JsonNode versions = JSON.readTree(json.out()).get("versions");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(1).get("name").asText()).isEqualTo("定稿版");
        assertThat(versions.get(1).get("revision").asLong()).isEqualTo(1);
        assertThat(versions.get(1).get("headHash").asText()).hasSize(64);
    }

    @Test
    void aDuplicateOrBlankNameIsRefusedWithExitTwoAndNothingIsRecorded() {
        Path esg = Samples.projectFile(Samples.QINGHE, dir.resolve("q.esg"));
        assertThat(CliRun.of("version", esg, "--name", "定稿版").exitCode()).isZero();

        CliRun duplicate = CliRun.of("version", esg, "--name", "定稿版");
        CliRun blank = CliRun.of("version", esg, "--name", " ");
        CliRun missing = CliRun.of("version", esg);

        assertThat(duplicate.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(duplicate.err()).contains(esg.getFileName().toString(), "已有名为“定稿版”的版本");
        assertThat(blank.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(blank.err()).contains("版本名称不能为空");
        assertThat(missing.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(versionCount(esg)).isEqualTo(1);
        assertThat(CliRun.of("versions", dir.resolve("q.esg")).outLines()).hasSize(1);
    }

    @Test
    void compareListsTheChangedBlocksValuesAndFiguresAndWritesTheWordReport() throws Exception {
        Path esg = SampleEdits.sampleWithVersion(dir, "送审版 v1");
        SampleEdits.apply(esg);
        assertThat(CliRun.of("version", esg, "--name", "送审版 v2").exitCode()).isZero();
        Path docx = dir.resolve("变更.docx");

        CliRun run = CliRun.of("compare", esg, "送审版 v1", "送审版 v2", "-o", docx);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines().get(0)).contains("从 送审版 v1（李审核", "到 送审版 v2（李审核");
        assertThat(run.out()).contains("内容块：新增 1 个，删除 1 个，修改 2 个，移动 0 个",
                "数据库中的数值：新增 0 个，删除 0 个，修改 1 个", "正文中的数字：新增 1 个，删除 2 个，修改 1 个");
        assertThat(run.outLines()).filteredOn(line -> line.matches("^(新增|删除|修改|移动) .*"))
                .extracting(line -> line.split(" ")[0] + " " + line.split(" ")[2].replaceAll("：.*", ""))
                .containsExactly("修改 ch1-s1-p7", "删除 ch1-s3-p7", "修改 ch2-s4-p6", "新增 ch2-s4-p8");
        assertThat(run.out()).contains("    正文（中文）：…为愿景，围绕四大支柱[-统筹-]{+协同+}推进各项ESG工作。…",
                "    正文（英文）：… world—is [-pursued-]{+delivered+} through f…",
                "[-98,652-]{+97,120+}",
                "数值修改 E.WATER.TOTAL@2024 用水量：98,652 立方米 → 97,120 立方米",
                "数字修改 ch2-s4-p6：98,652立方米 → 97,120立方米 (E.WATER.TOTAL@2024)",
                "数字新增 ch2-s4-p8：— → 1,200棵",
                "已写出变更报告 " + docx);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo("变更报告");
            assertThat(document.getParagraphs()).filteredOn(p -> "Heading3".equals(p.getStyle())).hasSize(4);
        }
    }

    @Test
    void compareToTheCurrentStateByDefaultAndAsJson() throws Exception {
        Path esg = SampleEdits.sampleWithVersion(dir, "送审版 v1");
        SampleEdits.apply(esg);

        CliRun run = CliRun.of("compare", esg, "送审版 v1", "--json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("from").get("name").asText()).isEqualTo("送审版 v1");
        assertThat(json.get("to").get("name").asText()).isEqualTo("current");
        assertThat(json.get("to").get("current").asBoolean()).isTrue();
        assertThat(json.get("to").get("author").asText()).isEqualTo("张编辑");
        assertThat(json.get("summary").get("blocksChanged").asInt()).isEqualTo(2);
        assertThat(json.get("blocks")).extracting(block -> block.get("id").asText() + " " + block.get("change").asText())
                .containsExactly("ch1-s1-p7 changed", "ch1-s3-p7 removed", "ch2-s4-p6 changed", "ch2-s4-p8 added");
        assertThat(json.get("blocks").get(2).get("fields").get(0).get("after").asText()).contains("97,120立方米");
        assertThat(json.get("values").get(0).get("indicator").asText()).isEqualTo("E.WATER.TOTAL");
        assertThat(json.get("figures")).hasSize(4);
    }

    @Test
    void anUnknownVersionOrAReportThatIsNotWordIsRefusedAndNothingIsWritten() {
        Path esg = Samples.projectFile(Samples.QINGHE, dir.resolve("q.esg"));
        assertThat(CliRun.of("version", esg, "--name", "送审版 v1").exitCode()).isZero();
        Path docx = dir.resolve("x.docx");
        Path pdf = dir.resolve("x.pdf");

        CliRun unknown = CliRun.of("compare", esg, "定稿版", "-o", docx);
        CliRun notWord = CliRun.of("compare", esg, "送审版 v1", "-o", pdf);
        CliRun same = CliRun.of("compare", esg, "送审版 v1", "current");

        assertThat(unknown.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(unknown.err()).contains("没有名为“定稿版”的版本", "送审版 v1");
        assertThat(notWord.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(notWord.err()).contains("只能写成 Word 文件");
        assertThat(docx).doesNotExist();
        assertThat(pdf).doesNotExist();
        assertThat(same.exitCode()).isZero();
        assertThat(same.out()).contains("两个状态之间没有任何变化");
    }

    @Test
    void theHelpOfEachCommandDescribesItAndItsParametersInChinese() {
        CliRun top = CliRun.of("--help");
        CliRun version = CliRun.of("version", "--help");
        CliRun compare = CliRun.of("compare", "--help");

        assertThat(top.out()).containsPattern("(?m)^  version +为报告的当前保存状态命名一个版本")
                .containsPattern("(?m)^  versions +列出已命名的版本").containsPattern("(?m)^  compare +比较两个状态");
        assertThat(version.out()).containsPattern("(?m)^ +--name=NAME +版本名称");
        assertThat(compare.out()).containsPattern("(?m)^ +FROM +原状态：版本名称，或 current")
                .containsPattern("(?m)^ +\\[TO\\] +新状态").containsPattern("(?m)^ +-o, --output=REPORT.docx +同时写出 Word 变更报告");
    }
}
