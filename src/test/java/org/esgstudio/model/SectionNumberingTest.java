package org.esgstudio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.esgstudio.model.Fixtures.chapter;
import static org.esgstudio.model.Fixtures.feature;
import static org.esgstudio.model.Fixtures.report;
import static org.esgstudio.model.Fixtures.section;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionNumberingTest {

    /** 专题 first, two chapters, another 专题 between them and a last chapter. */
    private static Report withFeatures(boolean numbered) {
        return report(numbered,
                feature("feat-1", section("f1-s1"), section("f1-s2")),
                chapter("c1", section("c1-s1"), section("c1-s2")),
                feature("feat-2", section("f2-s1")),
                chapter("c2", section("c2-s1"), section("c2-s2"), section("c2-s3")));
    }

    private static Chapter chapterOf(Report report, String id) {
        return report.chapters().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static Section sectionOf(Chapter chapter, String id) {
        return chapter.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0} is chapter “{1}”")
    @CsvSource(textBlock = """
            feat-1, ''
            c1,     01
            feat-2, ''
            c2,     02
            """)
    void featuresAreUnnumberedAndNotCountedInChapterNumbers(String chapterId, String number) {
        Report report = withFeatures(true);

        assertThat(SectionNumbering.chapterNumber(report, chapterOf(report, chapterId))).isEqualTo(number);
    }

    @ParameterizedTest(name = "{0} › {1} is “{2}”")
    @CsvSource(textBlock = """
            c1,     c1-s1, 1.1
            c1,     c1-s2, 1.2
            c2,     c2-s1, 2.1
            c2,     c2-s3, 2.3
            feat-1, f1-s2, ''
            feat-2, f2-s1, ''
            """)
    void sectionsOfANumberedReportPrintAsChapterDotSection(String chapterId, String sectionId, String number) {
        Report report = withFeatures(true);
        Chapter chapter = chapterOf(report, chapterId);

        assertThat(SectionNumbering.sectionNumber(report, chapter, sectionOf(chapter, sectionId))).isEqualTo(number);
    }

    @ParameterizedTest(name = "{0} › {1} is unnumbered")
    @CsvSource(textBlock = """
            c1,     c1-s1
            c2,     c2-s3
            feat-1, f1-s1
            """)
    void sectionsOfAnUnnumberedReportHaveNoNumber(String chapterId, String sectionId) {
        Report report = withFeatures(false);
        Chapter chapter = chapterOf(report, chapterId);

        assertThat(SectionNumbering.sectionNumber(report, chapter, sectionOf(chapter, sectionId))).isEmpty();
    }

    @Test
    void chaptersOfAnUnnumberedReportStillCarryTheirNumber() {
        Report report = withFeatures(false);

        assertThat(SectionNumbering.chapterNumber(report, chapterOf(report, "c2"))).isEqualTo("02");
    }

    @Test
    void tenthChapterIsTenAndItsSectionsTenDotN() {
        List<Chapter> chapters = new ArrayList<>();
        for (int k = 1; k <= 10; k++) {
            chapters.add(chapter("c" + k, section("c" + k + "-s1"), section("c" + k + "-s2")));
        }
        Report report = report(true, chapters.toArray(Chapter[]::new));
        Chapter tenth = chapterOf(report, "c10");

        assertThat(SectionNumbering.chapterNumber(report, tenth)).isEqualTo("10");
        assertThat(SectionNumbering.sectionNumber(report, tenth, sectionOf(tenth, "c10-s2"))).isEqualTo("10.2");
    }

    @Test
    void aChapterOutsideTheReportIsRefused() {
        Report report = withFeatures(true);

        assertThatThrownBy(() -> SectionNumbering.chapterNumber(report, chapter("elsewhere")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("elsewhere");
    }

    @Test
    void aSectionOutsideItsChapterIsRefused() {
        Report report = withFeatures(true);

        assertThatThrownBy(() -> SectionNumbering.sectionNumber(report, chapterOf(report, "c1"), section("c2-s1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("c2-s1");
    }

    @Test
    void theWalkHandsChapterAndSectionNumbersToTheVisitor() {
        Report report = withFeatures(true);
        List<String> seen = new ArrayList<>();

        ReportWalk.walk(report, new ReportVisitor() {
            @Override
            public void chapter(Chapter chapter, String number, Location location) {
                seen.add(chapter.id() + "=" + number + " @ " + location.path());
            }

            @Override
            public void section(Chapter chapter, Section section, String number, Location location) {
                seen.add(section.id() + "=" + number + " @ " + location.path());
            }
        });

        assertThat(seen).containsExactly(
                "feat-1= @ 专题feat-1",
                "f1-s1= @ 专题feat-1 › 小节f1-s1",
                "f1-s2= @ 专题feat-1 › 小节f1-s2",
                "c1=01 @ 01 章c1",
                "c1-s1=1.1 @ 01 章c1 › 1.1 小节c1-s1",
                "c1-s2=1.2 @ 01 章c1 › 1.2 小节c1-s2",
                "feat-2= @ 专题feat-2",
                "f2-s1= @ 专题feat-2 › 小节f2-s1",
                "c2=02 @ 02 章c2",
                "c2-s1=2.1 @ 02 章c2 › 2.1 小节c2-s1",
                "c2-s2=2.2 @ 02 章c2 › 2.2 小节c2-s2",
                "c2-s3=2.3 @ 02 章c2 › 2.3 小节c2-s3");
    }
}
