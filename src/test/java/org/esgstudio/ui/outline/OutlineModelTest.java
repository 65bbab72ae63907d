package org.esgstudio.ui.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.esgstudio.json.ReportFolder;
import org.esgstudio.model.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OutlineModelTest {
    private static Report main;
    private static Report second;

    @BeforeAll
    static void readSamples() {
        main = ReportFolder.read(Path.of("sample-reports/qinghe-2024"), "test", Instant.EPOCH).report();
        second = ReportFolder.read(Path.of("sample-reports/hengchuan-2024"), "test", Instant.EPOCH).report();
    }

    @Test
    void showsFrontMatterChaptersAndBackMatterInReadingOrder() {
        OutlineNode root = OutlineModel.of(main);

        List<String> top = root.children().stream().map(OutlineNode::label).toList();
        assertThat(top).hasSize(7);
        assertThat(top.get(0)).isEqualTo("前言部分");
        assertThat(top.get(1)).startsWith("01  ");
        assertThat(top.get(5)).startsWith("05  ");
        assertThat(top.get(6)).isEqualTo("附录部分");
        assertThat(root.children().get(0).children()).extracting(OutlineNode::label)
                .containsExactly("关于本报告", "董事长致辞", "2024年ESG亮点绩效", "2024年度大事记", "关于青禾财险",
                        "重大性议题评估", "利益相关方沟通");
    }

    @Test
    void numbersSectionsUnderTheirChapter() {
        OutlineNode chapterTwo = OutlineModel.of(main).children().get(2);

        assertThat(chapterTwo.kind()).isEqualTo(OutlineKind.CHAPTER);
        assertThat(chapterTwo.children()).extracting(OutlineNode::label)
                .allSatisfy(label -> assertThat(label).startsWith("2."))
                .first().asString().startsWith("2.1  ");
    }

    @Test
    void marksCaseStudiesAndKeepsTheirBodyBlocksBelowThem() {
        OutlineNode root = OutlineModel.of(main);

        List<OutlineNode> cases = all(root).stream().filter(n -> n.kind() == OutlineKind.CASE_STUDY).toList();
        assertThat(cases).hasSize(13);
        assertThat(cases).allSatisfy(node -> {
            assertThat(node.label()).startsWith("案例 ");
            assertThat(node.children()).isNotEmpty();
        });
    }

    @Test
    void showsFeaturesWithoutNumberAndSectionsUnnumberedWhenTheReportSaysSo() {
        OutlineNode root = OutlineModel.of(second);

        OutlineNode feature = root.children().get(1);
        assertThat(feature.kind()).isEqualTo(OutlineKind.FEATURE);
        assertThat(feature.label()).startsWith("专题：");
        OutlineNode firstChapter = root.children().get(2);
        assertThat(firstChapter.label()).startsWith("01  ");
        assertThat(firstChapter.children()).extracting(OutlineNode::label)
                .noneMatch(label -> label.matches("^\\d+\\.\\d+.*"));
    }

    @Test
    void everyBlockOfTheReportAppearsOnce() {
        OutlineNode root = OutlineModel.of(main);

        long blocks = all(root).stream()
                .filter(n -> n.kind() == OutlineKind.BLOCK || n.kind() == OutlineKind.CASE_STUDY).count();
        assertThat(blocks).isEqualTo(org.esgstudio.model.ReportStatistics.of(main).blocks());
    }

    private static List<OutlineNode> all(OutlineNode node) {
        List<OutlineNode> nodes = new java.util.ArrayList<>();
        nodes.add(node);
        node.children().forEach(child -> nodes.addAll(all(child)));
        return nodes;
    }
}
