package org.esgstudio.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.esgstudio.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportNodesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The lists each kind of node holds its children in; they must not be in the node's own content. */
    private static final Map<String, List<String>> CHILD_LISTS = Map.of(
            "report", List.of("front", "chapters", "back"),
            "chapter", List.of("sections"),
            "section", List.of("blocks"),
            "letter", List.of("body"),
            "profile", List.of("body"),
            "appendix", List.of("body"),
            "caseStudy", List.of("body"),
            "materiality", List.of("intro"),
            "stakeholders", List.of("intro"));


    @ParameterizedTest
    @ValueSource(strings = {SampleFolders.MAIN, SampleFolders.SECOND})
    void joiningTheSplitRowsGivesBackAnEqualReport(String name) throws IOException {
        Report report = SampleFolders.report(name);

        assertThat(ReportNodes.join(ReportNodes.split(report))).isEqualTo(report);
    }

    @ParameterizedTest
    @ValueSource(strings = {SampleFolders.MAIN, SampleFolders.SECOND})
    void joiningAcceptsTheRowsInAnyOrder(String name) throws IOException {
        Report report = SampleFolders.report(name);
        List<NodeRow> rows = new ArrayList<>(ReportNodes.split(report));
        Collections.shuffle(rows, new Random(20240101));

        assertThat(ReportNodes.join(rows)).isEqualTo(report);
    }

    @ParameterizedTest
    @ValueSource(strings = {SampleFolders.MAIN, SampleFolders.SECOND})
    void everyRowsContentIsAJsonObjectWithoutItsChildrenLists(String name) throws IOException {
        List<NodeRow> rows = ReportNodes.split(SampleFolders.report(name));

        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            JsonNode content = JSON.readTree(row.content());
            assertThat(content.isObject()).as(row.id()).isTrue();
            for (String list : CHILD_LISTS.getOrDefault(row.kind(), List.of())) {
                assertThat(content.has(list)).as(row.kind() + " " + row.id() + " holds " + list).isFalse();
            }
            if (!row.kind().equals(ReportNodes.ROOT_KIND)) {
                assertThat(content.get("id").asText()).isEqualTo(row.id());
            }
            assertThat(row.content()).doesNotContain("\n");
        });
    }

    @Test
    void theFirstRowIsTheReportItselfHoldingTheSettings() throws IOException {
        NodeRow root = ReportNodes.split(SampleFolders.report(SampleFolders.MAIN)).get(0);

        assertThat(root.id()).isEqualTo("#report");
        assertThat(root.parentId()).isNull();
        assertThat(root.kind()).isEqualTo("report");
        assertThat(JSON.readTree(root.content()).get("settings").get("year").asInt()).isEqualTo(2024);
    }

    @Test
    void rowsNameTheirParentListAndPositionAndKind() throws IOException {
        Report report = SampleFolders.report(SampleFolders.MAIN);
        List<NodeRow> rows = ReportNodes.split(report);
        Map<String, NodeRow> byId = rows.stream().collect(Collectors.toMap(NodeRow::id, row -> row));

        assertThat(byId).hasSameSizeAs(rows);
        String firstChapter = report.chapters().get(0).id();
        assertThat(byId.get(firstChapter)).satisfies(row -> {
            assertThat(row.parentId()).isEqualTo("#report");
            assertThat(row.list()).isEqualTo("chapters");
            assertThat(row.position()).isZero();
            assertThat(row.kind()).isEqualTo("chapter");
        });
        String firstSection = report.chapters().get(0).sections().get(0).id();
        assertThat(byId.get(firstSection).kind()).isEqualTo("section");
        assertThat(byId.get(firstSection).parentId()).isEqualTo(firstChapter);
        assertThat(byId.get(report.front().get(0).id()).kind()).isEqualTo("reportInfo");
        assertThat(rows).filteredOn(row -> row.kind().equals("caseStudy")).hasSize(13);
        assertThat(rows).filteredOn(row -> row.kind().equals("chapter")).hasSize(5);
        assertThat(rows).filteredOn(row -> row.kind().equals("section")).hasSize(17);
    }

    @Test
    void positionsRunFromZeroWithoutGapsInEachList() throws IOException {
        List<NodeRow> rows = ReportNodes.split(SampleFolders.report(SampleFolders.MAIN));
        Map<String, List<Integer>> positions = new HashMap<>();
        rows.stream().filter(row -> row.parentId() != null)
                .forEach(row -> positions.computeIfAbsent(row.parentId() + "/" + row.list(), k -> new ArrayList<>())
                        .add(row.position()));

        assertThat(positions.values()).allSatisfy(list -> {
            Set<Integer> distinct = new HashSet<>(list);
            assertThat(distinct).hasSize(list.size());
            assertThat(Collections.max(list)).isEqualTo(list.size() - 1);
        });
    }

    @Test
    void rowsThatDoNotFormOneTreeAreRefused() throws IOException {
        List<NodeRow> rows = new ArrayList<>(ReportNodes.split(SampleFolders.report(SampleFolders.SECOND)));
        NodeRow orphan = new NodeRow("orphan", "no-such-parent", "blocks", 0, "paragraph", "{\"type\":\"paragraph\",\"id\":\"orphan\"}");
        List<NodeRow> withOrphan = new ArrayList<>(rows);
        withOrphan.add(orphan);
        List<NodeRow> twoRoots = new ArrayList<>(rows);
        twoRoots.add(rows.get(0));

        assertThatThrownBy(() -> ReportNodes.join(withOrphan)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("1 report nodes are not attached");
        assertThatThrownBy(() -> ReportNodes.join(twoRoots)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("two root rows");
        assertThatThrownBy(() -> ReportNodes.join(rows.subList(1, rows.size()))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no report");
    }
}
