package org.esgstudio.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.esgstudio.data.DataCsv;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.model.Asset;
import org.esgstudio.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportFolderWriteTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Instant AT = Instant.parse("2025-03-01T08:00:00Z");

    @TempDir
    Path tmp;

    private static Project sample(String name) {
        return ReportFolder.read(SampleFolders.of(name), "王五", AT);
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String refusal(Project project, Path target) {
        try {
            ReportFolder.write(project, target);
        } catch (UserFacingException e) {
            return e.message(ZH);
        }
        throw new AssertionError("the write was not refused: " + target);
    }

    @ParameterizedTest
    @ValueSource(strings = {SampleFolders.MAIN, SampleFolders.SECOND})
    void writesAFolderIdenticalToTheSample(String name) throws IOException {
        Path target = tmp.resolve("out");

        ReportFolder.write(sample(name), target);

        assertThat(SampleFolders.tree(target)).isEqualTo(SampleFolders.tree(SampleFolders.of(name)));
        assertThat(names(tmp)).containsExactly("out");
    }

    @ParameterizedTest
    @ValueSource(strings = {SampleFolders.MAIN, SampleFolders.SECOND})
    void readingTheWrittenFolderGivesBackTheSameProject(String name) {
        Project project = sample(name);
        Path target = tmp.resolve("out");
        ReportFolder.write(project, target);

        Project again = ReportFolder.read(target, "王五", AT);

        assertThat(again.report()).isEqualTo(project.report());
        assertThat(again.assets()).isEqualTo(project.assets());
        assertThat(again.data().indicators()).isEqualTo(project.data().indicators());
        assertThat(again.data().rules()).isEqualTo(project.data().rules());
        // values compared as canonical text: their provenance names a different data.csv path
        assertThat(DataCsv.format(again.data())).isEqualTo(DataCsv.format(project.data()));
    }

    @Test
    void replacesAnExistingReportFolderCompletely() throws IOException {
        Path target = tmp.resolve("out");
        ReportFolder.write(sample(SampleFolders.SECOND), target);

        ReportFolder.write(sample(SampleFolders.MAIN), target);

        assertThat(SampleFolders.tree(target)).isEqualTo(SampleFolders.tree(SampleFolders.of(SampleFolders.MAIN)));
        assertThat(names(tmp)).containsExactly("out");
    }

    @Test
    void writesIntoAnExistingEmptyFolder() throws IOException {
        Path target = Files.createDirectory(tmp.resolve("out"));

        ReportFolder.write(sample(SampleFolders.SECOND), target);

        assertThat(names(target)).containsExactly("assets", "data.csv", "report.json", "rules.csv");
    }

    @Test
    void aProjectWithoutRulesOrAssetsWritesNoRulesCsvAndNoAssetsFolder() throws IOException {
        Project project = new Project(Report.blank("青禾财险", 2024), DataSet.empty(), List.of());
        Path target = tmp.resolve("blank");

        ReportFolder.write(project, target);

        assertThat(names(target)).containsExactly("data.csv", "report.json");
        assertThat(Files.readString(target.resolve("report.json"))).isEqualTo(ReportJson.write(project.report()));
    }

    @Test
    void refusesAnExistingFolderHoldingOtherFilesAndLeavesItUntouched() throws IOException {
        Path target = Files.createDirectory(tmp.resolve("论文"));
        Files.writeString(target.resolve("report.json"), "{\"mine\": true}");
        Files.writeString(target.resolve("notes.txt"), "请勿删除");
        Files.createDirectory(target.resolve("drafts"));
        Map<String, String> before = SampleFolders.tree(target);

        String message = refusal(sample(SampleFolders.SECOND), target);

        assertThat(message).startsWith(target + ": 目标文件夹不是报告文件夹（含有“")
                .endsWith("”），为免覆盖其他文件，未写入任何内容")
                .containsAnyOf("“notes.txt”", "“drafts”");
        assertThat(SampleFolders.tree(target)).isEqualTo(before);
        assertThat(names(tmp)).containsExactly("论文");
    }

    @Test
    void refusesATargetThatIsARegularFileAndLeavesItUntouched() throws IOException {
        Path target = Files.writeString(tmp.resolve("report"), "一个普通文件");

        assertThat(refusal(sample(SampleFolders.SECOND), target)).isEqualTo(target + ": 目标已存在且不是文件夹");
        assertThat(Files.readString(target)).isEqualTo("一个普通文件");
        assertThat(names(tmp)).containsExactly("report");
    }

    @Test
    void refusesATargetWhoseParentIsARegularFileWritingNothing() throws IOException {
        Path parent = Files.writeString(tmp.resolve("plain.txt"), "不是文件夹");
        Path target = parent.resolve("out");

        assertThat(refusal(sample(SampleFolders.SECOND), target))
                .isEqualTo(target + ": 无法写入：" + parent + " 不是文件夹");
        assertThat(Files.readString(parent)).isEqualTo("不是文件夹");
        assertThat(names(tmp)).containsExactly("plain.txt");
    }

    @Test
    void refusesATargetWhoseParentIsMissing() throws IOException {
        Path target = tmp.resolve("missing").resolve("out");

        assertThatThrownBy(() -> ReportFolder.write(sample(SampleFolders.SECOND), target))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("target.parentMissing"));
        assertThat(names(tmp)).isEmpty();
    }

    @Test
    void writtenAssetsKeepTheirBytes() throws IOException {
        Project project = sample(SampleFolders.SECOND);
        Path target = tmp.resolve("out");

        ReportFolder.write(project, target);

        for (Asset asset : project.assets()) {
            assertThat(Files.readAllBytes(target.resolve("assets").resolve(asset.name()))).isEqualTo(asset.bytes());
        }
    }
}
