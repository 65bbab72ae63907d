package org.esgstudio.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.InputRejectedException;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.model.Asset;
import org.esgstudio.model.FootnoteNumbering;
import org.esgstudio.model.Report;
import org.esgstudio.model.ReportIntegrity;
import org.esgstudio.model.ReportStatistics;
import org.esgstudio.model.SectionNumbering;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFolderReadTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Instant AT = Instant.parse("2025-03-01T08:00:00Z");

    @TempDir
    Path tmp;

    private static Project read(Path folder) {
        return ReportFolder.read(folder, "王五", AT);
    }

    private static String rejection(Path folder) {
        try {
            read(folder);
        } catch (UserFacingException e) {
            return e.message(ZH);
        }
        throw new AssertionError("the folder was accepted: " + folder);
    }

    @Test
    void readsTheMainSampleWithAllItsParts() {
        Project project = read(SampleFolders.of(SampleFolders.MAIN));
        Report report = project.report();
        ReportStatistics statistics = ReportStatistics.of(report);

        assertThat(report.chapters()).hasSize(5);
        assertThat(statistics.chapters()).isEqualTo(5);
        assertThat(statistics.features()).isZero();
        assertThat(statistics.sections()).isEqualTo(17);
        assertThat(statistics.caseStudies()).isEqualTo(13);
        assertThat(statistics.footnotes()).isEqualTo(48);
        assertThat(FootnoteNumbering.of(report).count()).isEqualTo(48);
        assertThat(project.data().indicators()).hasSize(121);
        assertThat(project.data().rules()).hasSize(23);
        assertThat(project.assets()).extracting(Asset::name).containsExactly("ch1-pillars.png", "ch2-solar-roof.png",
                "ch3-tea-hills.png", "ch4-balance.png", "ch4-campus.png", "ch5-volunteer.png");
        assertThat(project.assets()).allSatisfy(asset -> assertThat(asset.sniffedMediaType()).isEqualTo("image/png"));
        assertThat(report.settings().numberedSections()).isTrue();
        assertThat(report.chapters()).extracting(chapter -> SectionNumbering.chapterNumber(report, chapter))
                .containsExactly("01", "02", "03", "04", "05");
        assertThat(ReportIntegrity.check(report)).isEmpty();
    }

    @Test
    void readsTheSecondSampleWithItsUnnumberedFeature() {
        Project project = read(SampleFolders.of(SampleFolders.SECOND));
        Report report = project.report();
        ReportStatistics statistics = ReportStatistics.of(report);

        assertThat(statistics.chapters()).isEqualTo(3);
        assertThat(statistics.features()).isEqualTo(1);
        assertThat(statistics.sections()).isEqualTo(10);
        assertThat(statistics.caseStudies()).isEqualTo(5);
        assertThat(statistics.footnotes()).isEqualTo(7);
        assertThat(project.data().indicators()).hasSize(35);
        assertThat(project.data().rules()).hasSize(7);
        assertThat(project.assets()).hasSize(3);
        assertThat(report.settings().numberedSections()).isFalse();
        assertThat(report.chapters()).extracting(chapter -> SectionNumbering.chapterNumber(report, chapter))
                .containsExactly("", "01", "02", "03");
    }

    @Test
    void valuesRememberTheDataFileCellAuthorAndTime() {
        Path folder = SampleFolders.of(SampleFolders.MAIN);

        IndicatorValue value = read(folder).data().values().get(0);

        assertThat(value.provenance().file()).isEqualTo(folder.resolve("data.csv").toString());
        assertThat(value.provenance().cell()).matches("[J-K]2");
        assertThat(value.provenance().author()).isEqualTo("王五");
        assertThat(value.provenance().at()).isEqualTo(AT);
    }

    @Test
    void aFolderWithoutDataOrRulesOrAssetsReadsWithAnEmptyStore() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("bare"));
        Files.writeString(folder.resolve("report.json"),
                "{\"formatVersion\": 1, \"settings\": {\"year\": 2024, \"numberedSections\": true}}");

        Project project = read(folder);

        assertThat(project.data().indicators()).isEmpty();
        assertThat(project.assets()).isEmpty();
    }

    @Test
    void aMissingFolderIsRejected() {
        Path folder = tmp.resolve("没有这个文件夹");

        assertThat(rejection(folder)).isEqualTo(folder + ": 文件夹不存在");
    }

    @Test
    void aFileInsteadOfAFolderIsRejected() throws IOException {
        Path file = Files.writeString(tmp.resolve("report.json"), "{}");

        assertThat(rejection(file)).isEqualTo(file + ": 不是文件夹");
    }

    @Test
    void aFolderWithoutReportJsonIsRejected() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("empty"));
        Files.writeString(folder.resolve("data.csv"), "指标编码,指标名称,单位,2024\n");

        assertThat(rejection(folder)).isEqualTo(folder + ": 文件夹中没有 report.json，不是报告文件夹");
    }

    @Test
    void aReportJsonThatIsNotUtf8IsNamed() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("gbk"));
        Files.write(folder.resolve("report.json"), "{\"formatVersion\": 1, \"settings\": {\"company\": {\"zh\": \"青禾\"}}}"
                .getBytes(Charset.forName("GBK")));

        assertThat(rejection(folder)).isEqualTo(folder.resolve("report.json") + ": 文件不是 UTF-8 编码：请另存为 UTF-8 后再试");
    }

    @Test
    void aReportJsonStartingWithAByteOrderMarkIsRead() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("bom"));
        Files.writeString(folder.resolve("report.json"),
                "\uFEFF{\"formatVersion\": 1, \"settings\": {\"year\": 2024, \"numberedSections\": true}}");

        assertThat(read(folder).report().settings().year()).isEqualTo(2024);
    }

    @Test
    void aBrokenReportJsonIsNamedWithItsPath() throws IOException {
        Path folder = SampleFolders.minimal(tmp.resolve("broken"), "{\"type\": \"paragraph\", \"id\": \"p1\",}");

        assertThat(rejection(folder)).startsWith(folder.resolve("report.json") + ":7:").contains("JSON 语法错误");
    }

    @Test
    void aBrokenDataCsvIsNamedWithItsPathAndCell() throws IOException {
        Path folder = SampleFolders.minimal(tmp.resolve("data"), "{\"type\": \"paragraph\", \"id\": \"p1\"}");
        Files.writeString(folder.resolve("data.csv"), "指标编码,指标名称,单位,2024\nS.EMP.TOTAL,员工总数,人,很多\n");

        assertThat(rejection(folder)).startsWith(folder.resolve("data.csv") + "!D2: “很多”不是数字");
    }

    @Test
    void aRuleNamingAnUnknownIndicatorIsNamedWithRulesCsv() throws IOException {
        Path folder = SampleFolders.minimal(tmp.resolve("rules"), "{\"type\": \"paragraph\", \"id\": \"p1\"}");
        Files.writeString(folder.resolve("rules.csv"), "规则名称,表达式\n合计,S.EMP.TOTAL = S.EMP.MALE + S.EMP.FEMALE\n");

        assertThat(rejection(folder)).startsWith(folder.resolve("rules.csv") + ": 发现 2 个问题，未导入任何内容：")
                .contains(folder.resolve("rules.csv") + "!B2: 规则“合计”引用了数据中没有的指标“S.EMP.MALE”",
                        folder.resolve("rules.csv") + "!B2: 规则“合计”引用了数据中没有的指标“S.EMP.FEMALE”");
    }

    @Test
    void anAssetNamedPngHoldingJpegBytesIsRejected() throws IOException {
        Path folder = SampleFolders.copy(SampleFolders.MAIN, tmp.resolve("sample"));
        Path asset = folder.resolve("assets").resolve("ch3-tea-hills.png");
        Files.write(asset, SampleFolders.JPEG);

        assertThat(rejection(folder)).isEqualTo(asset + ": 文件扩展名表明是 image/png，但内容是 image/jpeg");
    }

    @Test
    void anAssetThatIsNeitherPngNorJpegIsRejected() throws IOException {
        Path folder = SampleFolders.copy(SampleFolders.SECOND, tmp.resolve("sample"));
        Path gif = Files.write(folder.resolve("assets").resolve("logo.gif"), "GIF89a".getBytes());
        Path text = Files.write(folder.resolve("assets").resolve("chart.jpg"), "not an image".getBytes());

        String message = rejection(folder);

        assertThat(message).contains("发现 2 个问题", gif + ": 不支持的资源类型：只接受 PNG 和 JPEG 图片",
                text + ": 文件扩展名表明是 image/jpeg 图片，但内容不是 PNG 或 JPEG 图片");
    }

    @Test
    void aSymlinkedAssetIsRejected() throws IOException {
        Path folder = SampleFolders.copy(SampleFolders.SECOND, tmp.resolve("sample"));
        Path outside = Files.write(tmp.resolve("outside.png"), SampleFolders.PNG);
        Path link = folder.resolve("assets").resolve("linked.png");
        createSymlink(link, outside);

        assertThat(rejection(folder)).isEqualTo(link + ": 资源必须是普通文件（不能是链接或子文件夹）");
    }

    @Test
    void aSymlinkedAssetsFolderIsRejected() throws IOException {
        Path folder = SampleFolders.copy(SampleFolders.SECOND, tmp.resolve("sample"));
        Path assets = folder.resolve("assets");
        Path elsewhere = Files.move(assets, tmp.resolve("elsewhere"));
        createSymlink(assets, elsewhere);

        assertThat(rejection(folder)).startsWith(assets + ": 资源文件夹不能是链接或文件");
    }

    @Test
    void aFigureReferenceToAnUnknownIndicatorIsRejectedNamingReportJsonAndThePlace() {
        Path folder = SampleFolders.minimal(tmp.resolve("figure"), """
                {"type": "paragraph", "id": "p1", "text": {"zh": "员工{{S.EMP.TOTAL}}人，排放{{E.GHG.NOPE@2023}}吨"}}""");

        assertThat(rejection(folder)).startsWith(folder.resolve("report.json") + " › 01 绿色发展 › 1.1 绿色运营 › 段落 ")
                .endsWith(": 引用了数据中没有的指标“E.GHG.NOPE”");
    }

    @Test
    void anImageBlockNamingAMissingAssetIsRejectedNamingReportJson() {
        Path folder = SampleFolders.minimal(tmp.resolve("image"), """
                {"type": "image", "id": "img", "asset": "missing.png", "caption": {"zh": "光伏屋顶"}, "widthPercent": 60}""");

        assertThat(rejection(folder)).isEqualTo(folder.resolve("report.json")
                + " › 01 绿色发展 › 1.1 绿色运营 › 图片 光伏屋顶: 引用了项目资源中没有的图片“missing.png”");
    }

    @Test
    void everyDanglingReferenceIsReportedTogether() {
        Path folder = SampleFolders.minimal(tmp.resolve("many"), """
                {"type": "image", "id": "img", "asset": "missing.png", "widthPercent": 100},
                {"type": "chart", "id": "chart", "kind": "LINE", "indicators": ["S.EMP.TOTAL", "S.EMP.GONE"]},
                {"type": "paragraph", "id": "img", "text": {"zh": "重复的标识"}}""");

        assertThatThrownBy(() -> read(folder)).isInstanceOfSatisfying(InputRejectedException.class, e -> {
            assertThat(e.problems()).hasSize(3);
            assertThat(e.message(ZH)).startsWith(folder.resolve("report.json") + ": 发现 3 个问题，未导入任何内容：")
                    .contains("“missing.png”", "“S.EMP.GONE”", "标识“img”重复使用");
        });
    }

    @Test
    void hiddenFilesInAssetsAreIgnored() throws IOException {
        Path folder = SampleFolders.copy(SampleFolders.SECOND, tmp.resolve("sample"));
        Files.writeString(folder.resolve("assets").resolve(".DS_Store"), "finder");

        assertThat(read(folder).assets()).extracting(Asset::name).doesNotContain(".DS_Store").hasSize(3);
    }

    private static void createSymlink(Path link, Path target) throws IOException {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | FileSystemException e) {
            assumeTrue(false, "symbolic links are not available here: " + e);
        }
    }

    @Test
    void assetsAreListedByName() {
        List<String> names = read(SampleFolders.of(SampleFolders.SECOND)).assets().stream().map(Asset::name).toList();

        assertThat(names).isSorted().containsExactly("hc-feature-membrane.png", "hc-open-day.png", "hc-profile-river.png");
    }
}
