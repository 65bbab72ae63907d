package org.esgstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.ChapterKind;
import org.esgstudio.store.FileState;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.store.Revision;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliNewAndInfoTest {
    private static final Pattern COUNT_ROW = Pattern.compile("^  (\\S+) +([\\d,]+)$");

    @TempDir
    Path dir;

    @BeforeEach
    void chineseAndAKnownAuthor() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        System.setProperty("esgstudio.user", Samples.AUTHOR);
    }

    @AfterEach
    void forgetAuthor() {
        System.clearProperty("esgstudio.user");
    }

    @Test
    void newFromTheMainSampleThenInfoShowsItsCounts() {
        Path file = dir.resolve("a.esg");

        CliRun created = CliRun.of("new", file, "--from", Samples.folder(Samples.QINGHE));

        assertThat(created.exitCode()).as(created.toString()).isZero();
        assertThat(created.err()).isEmpty();
        assertThat(created.outLines()).containsExactly("已创建 " + file + "（从文件夹 qinghe-2024 创建）");
        assertThat(file).isRegularFile();

        CliRun info = CliRun.of("info", file);

        assertThat(info.exitCode()).as(info.toString()).isZero();
        assertThat(info.err()).isEmpty();
        assertThat(info.outLines().get(0)).isEqualTo("青禾财产保险股份有限公司 · 2024年环境、社会及治理（ESG）报告");
        assertThat(info.outLines().get(1)).isEqualTo("报告年度 2024（对比 2023） · 语言 zh, en · 主题 jade");
        Map<String, Integer> counts = counts(info);
        assertThat(counts).containsEntry("章", 5).containsEntry("专题", 0).containsEntry("小节", 17)
                .containsEntry("案例", 13).containsEntry("指标", 121).containsEntry("数值", 242)
                .containsEntry("脚注", 48).containsEntry("校验规则", 23).containsEntry("图片", 6)
                .containsEntry("修订", 1);
        assertThat(info.outLines()).last().asString()
                .startsWith("  最近一次：").endsWith(" " + Samples.AUTHOR + "「从文件夹 qinghe-2024 创建」");
    }

    @Test
    void infoJsonPrintsOneJsonObjectWithTheCounts() throws Exception {
        Path file = dir.resolve("a.esg");
        assertThat(CliRun.of("new", file, "--from", Samples.folder(Samples.QINGHE)).exitCode()).isZero();

        CliRun info = CliRun.of("info", "--json", file);

        assertThat(info.exitCode()).as(info.toString()).isZero();
        assertThat(info.err()).isEmpty();
        assertThat(info.outLines()).hasSize(1);
        JsonNode json = new ObjectMapper().readTree(info.out());
        assertThat(json.isObject()).isTrue();
        assertThat(json.get("company").asText()).isEqualTo("青禾财产保险股份有限公司");
        assertThat(json.get("year").asInt()).isEqualTo(2024);
        assertThat(json.get("comparisonYears").toString()).isEqualTo("[2023]");
        assertThat(json.get("languages").toString()).isEqualTo("[\"zh\",\"en\"]");
        assertThat(json.get("theme").asText()).isEqualTo("jade");
        assertThat(json.get("chapters").asInt()).isEqualTo(5);
        assertThat(json.get("features").asInt()).isZero();
        assertThat(json.get("sections").asInt()).isEqualTo(17);
        assertThat(json.get("caseStudies").asInt()).isEqualTo(13);
        assertThat(json.get("indicators").asInt()).isEqualTo(121);
        assertThat(json.get("values").asInt()).isEqualTo(242);
        assertThat(json.get("footnotes").asInt()).isEqualTo(48);
        assertThat(json.get("rules").asInt()).isEqualTo(23);
        assertThat(json.get("assets").asInt()).isEqualTo(6);
        assertThat(json.get("revisions").asInt()).isEqualTo(1);
        assertThat(json.get("blocks").asInt()).isPositive();
        assertThat(json.get("hanCharacters").asInt()).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Samples.QINGHE, Samples.HENGCHUAN})
    void infoJsonAgreesWithTheFolderAndWithTheTextOutput(String sample) throws Exception {
        Path file = dir.resolve(sample + ".esg");
        assertThat(CliRun.of("new", file, "--from", Samples.folder(sample)).exitCode()).isZero();
        Project project = Samples.read(sample);

        JsonNode json = new ObjectMapper().readTree(CliRun.of("info", "--json", file).out());
        Map<String, Integer> text = counts(CliRun.of("info", file));

        assertThat(json.get("chapters").asInt()).isEqualTo(project.report().chapters().stream()
                .filter(c -> c.kind() == ChapterKind.CHAPTER).count());
        assertThat(json.get("features").asInt()).isEqualTo(project.report().chapters().stream()
                .filter(c -> c.kind() == ChapterKind.FEATURE).count());
        assertThat(json.get("sections").asInt()).isEqualTo(project.report().chapters().stream()
                .mapToInt(c -> c.sections().size()).sum());
        assertThat(json.get("indicators").asInt()).isEqualTo(project.data().indicators().size());
        assertThat(json.get("values").asInt()).isEqualTo(project.data().values().size());
        assertThat(json.get("rules").asInt()).isEqualTo(project.data().rules().size());
        assertThat(json.get("assets").asInt()).isEqualTo(project.assets().size());
        Map<String, String> keys = Map.ofEntries(Map.entry("章", "chapters"), Map.entry("专题", "features"),
                Map.entry("小节", "sections"), Map.entry("内容块", "blocks"), Map.entry("案例", "caseStudies"),
                Map.entry("脚注", "footnotes"), Map.entry("指标", "indicators"), Map.entry("数值", "values"),
                Map.entry("校验规则", "rules"), Map.entry("图片", "assets"), Map.entry("正文汉字", "hanCharacters"),
                Map.entry("缺英文的文本", "textsMissingEnglish"), Map.entry("修订", "revisions"));
        assertThat(text).hasSize(keys.size());
        keys.forEach((label, key) -> assertThat(text.get(label)).as(label).isEqualTo(json.get(key).asInt()));
    }

    @Test
    void newWithCompanyAndYearMakesABlankReport() throws Exception {
        Path file = dir.resolve("blank.esg");

        CliRun created = CliRun.of("new", file, "--company", "测试公司", "--year", "2025");

        assertThat(created.exitCode()).as(created.toString()).isZero();
        assertThat(created.err()).isEmpty();
        assertThat(created.outLines()).containsExactly("已创建 " + file + "（新建项目）");
        JsonNode json = new ObjectMapper().readTree(CliRun.of("info", "--json", file).out());
        assertThat(json.get("company").asText()).isEqualTo("测试公司");
        assertThat(json.get("title").asText()).isEqualTo("2025年环境、社会及治理（ESG）报告");
        assertThat(json.get("year").asInt()).isEqualTo(2025);
        assertThat(json.get("comparisonYears").toString()).isEqualTo("[2024]");
        assertThat(json.get("languages").toString()).isEqualTo("[\"zh\"]");
        for (String empty : List.of("chapters", "features", "sections", "blocks", "caseStudies", "footnotes",
                "indicators", "values", "rules", "assets")) {
            assertThat(json.get(empty).asInt()).as(empty).isZero();
        }
        assertThat(json.get("revisions").asInt()).isEqualTo(1);
        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            Revision revision = project.history().get(0);
            assertThat(revision.author()).isEqualTo(Samples.AUTHOR);
            assertThat(revision.summary()).isEqualTo("新建项目");
        }
    }

    @Test
    void newWithoutOptionsNamesTheCompanyAsUnnamed() throws Exception {
        Path file = dir.resolve("unnamed.esg");

        assertThat(CliRun.of("new", file).exitCode()).isZero();

        JsonNode json = new ObjectMapper().readTree(CliRun.of("info", "--json", file).out());
        assertThat(json.get("company").asText()).isEqualTo("（未命名公司）");
        assertThat(json.get("year").asInt()).isEqualTo(java.time.Year.now().getValue() - 1);
    }

    @Test
    void newFromAFolderWithAnotherYearShiftsTheReportingAndComparisonYears() throws Exception {
        Path file = dir.resolve("next.esg");

        CliRun created = CliRun.of("new", file, "--from", Samples.folder(Samples.QINGHE), "--year", "2025",
                "--company", "青禾新公司");

        assertThat(created.exitCode()).as(created.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(CliRun.of("info", "--json", file).out());
        assertThat(json.get("year").asInt()).isEqualTo(2025);
        assertThat(json.get("comparisonYears").toString()).isEqualTo("[2024]");
        assertThat(json.get("company").asText()).isEqualTo("青禾新公司");
        assertThat(json.get("indicators").asInt()).isEqualTo(121);
    }

    @Test
    void newLeavesOnlyTheProjectFileBehind() {
        Path file = dir.resolve("a.esg");

        assertThat(CliRun.of("new", file, "--from", Samples.folder(Samples.HENGCHUAN)).exitCode()).isZero();

        assertThat(FileState.of(dir).entries()).containsOnlyKeys("", "a.esg");
    }

    @Test
    void infoWritesNothingBesideTheProjectFile() {
        Path file = dir.resolve("a.esg");
        assertThat(CliRun.of("new", file, "--from", Samples.folder(Samples.HENGCHUAN)).exitCode()).isZero();
        FileState before = FileState.of(dir);

        assertThat(CliRun.of("info", file).exitCode()).isZero();
        assertThat(CliRun.of("info", "--json", file).exitCode()).isZero();

        assertThat(FileState.of(dir)).isEqualTo(before);
    }

    private static Map<String, Integer> counts(CliRun info) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String line : info.outLines()) {
            Matcher row = COUNT_ROW.matcher(line);
            if (row.matches()) {
                counts.put(row.group(1), Integer.parseInt(row.group(2).replace(",", "")));
            }
        }
        return counts;
    }
}
