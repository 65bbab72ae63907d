package org.esgstudio.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.esgstudio.json.ReportFolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Find in the whole report, on the main sample. */
class ReportSearchTest {
    private static Report report;

    @BeforeAll
    static void read() {
        report = ReportFolder.read(Path.of("sample-reports/qinghe-2024"), "test", Instant.EPOCH).report();
    }

    @Test
    void findsChineseTextInParagraphsWithTheBlockToOpenAndAnExcerpt() {
        List<ReportSearch.Hit> hits = ReportSearch.find(report, "98,652立方米");

        assertThat(hits).extracting(ReportSearch.Hit::nodeId).contains("ch2-s4-p6");
        ReportSearch.Hit hit = hits.stream().filter(h -> h.nodeId().equals("ch2-s4-p6")).findFirst().orElseThrow();
        assertThat(hit.excerpt()).contains("98,652立方米");
        assertThat(hit.location()).startsWith("02");
        assertThat(hit.english()).isFalse();
    }

    @Test
    void findsEnglishWithoutRegardToCaseAndTitlesOfSections() {
        assertThat(ReportSearch.find(report, "BOARD")).anyMatch(ReportSearch.Hit::english);
        String sectionTitle = report.chapters().get(0).sections().get(0).title().zh();
        assertThat(ReportSearch.find(report, sectionTitle)).extracting(ReportSearch.Hit::nodeId).contains("ch1-s1");
    }

    @Test
    void marksAreNotSearchedButTheTextAroundThemIs() {
        assertThat(ReportSearch.find(report, "{{")).isEmpty();
        assertThat(ReportSearch.find(report, "**")).isEmpty();
        assertThat(ReportSearch.find(report, "  ")).isEmpty();
    }

    @Test
    void findsTextInFootnotesCaseStudiesAndTheTimeline() {
        assertThat(ReportSearch.find(report, "台风登陆前")).isNotEmpty();
        String timeline = report.front().stream().filter(p -> p instanceof Timeline).findFirst().orElseThrow().id();
        String entry = ((Timeline) ReportQuery.part(report, timeline).orElseThrow()).entries().get(0).text().zh();
        assertThat(ReportSearch.find(report, entry.substring(0, 6))).extracting(ReportSearch.Hit::nodeId)
                .contains(timeline);
    }
}
