package org.esgstudio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.esgstudio.model.Fixtures.note;
import static org.esgstudio.model.Fixtures.para;
import static org.esgstudio.model.Fixtures.report;
import static org.esgstudio.model.Fixtures.section;
import static org.esgstudio.model.Fixtures.t;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportStatisticsTest {

    /**
     * A small report whose counts are worked out by hand. Prose (counted for Han characters and missing English):
     * report-info text 7 (no en), timeline 4, materiality step 4 (no en), letter 4, feature intro 4 (no en),
     * chapter intro 4, list items 3 + 3 (second without en), case paragraph 4 (no en), body paragraph 2,
     * appendix 2: 41 Han characters, 5 texts missing English. Titles, headings, captions and footnotes are not prose.
     */
    private static Report handBuilt() {
        ReportInfo info = new ReportInfo("info", t("关于本报告", "About"),
                List.of(new InfoSection(t("报告范围", "Scope"), t("本报告覆盖总部"))), null);
        Timeline timeline = new Timeline("timeline", t("大事记", "Milestones"),
                List.of(new TimelineEntry("tl-1", 3, 15, t("发布报告", "Report published"))));
        Materiality materiality = new Materiality("materiality", t("重大性议题"), List.of(),
                List.of(new MaterialityStep("step-1", t("识别"), t("识别议题"))), t("对公司的影响"), t("对利益相关方的重要性"),
                List.of(new MaterialTopic("topic-1", t("气候变化"), EsgCategory.E, 4.5, 4.0, false)));
        Letter letter = new Letter("letter", t("董事长致辞"),
                List.of(para("p-letter", t("致辞**重点**", "Letter"))), t("董事长"), null);

        Chapter special = new Chapter("feat", ChapterKind.FEATURE, t("专题：绿色保险"), null, t("专题导语"),
                List.of(section("feat-s1")));
        BulletList list = new BulletList("list", ListStyle.NUMBERED,
                List.of(t("第一项", "First"), t("第二项")), List.of());
        CaseStudy story = new CaseStudy("case", t("案例标题不计"),
                List.of(para("p-case", "案例正文{{S.EMP.TOTAL}}")), null, t("图片说明不计"));
        Section first = new Section("s1", t("小节标题不计"),
                List.of(new Heading("h1", 1, t("小标题不计")), list, story));
        Section second = new Section("s2", t("第二节"), List.of(
                para("p-body", t("正文[^n1][^n2]", "Body"), note("n1"), note("n2")),
                para("p-empty", LocalizedText.EMPTY)));
        Chapter chapter = new Chapter("c1", ChapterKind.CHAPTER, t("章"), t("砥砺"), t("章节导语", "Intro"),
                List.of(first, second));

        Appendix appendix = new Appendix("appendix", t("附录"), List.of(para("p-app", t("附录", "Appendix"))));
        return report(List.of(info, timeline, materiality, letter), List.of(special, chapter), List.of(appendix));
    }

    @Test
    void countsChaptersFeaturesSectionsBlocksCasesAndFootnotes() {
        ReportStatistics statistics = ReportStatistics.of(handBuilt());

        assertThat(statistics.chapters()).isEqualTo(1);
        assertThat(statistics.features()).isEqualTo(1);
        assertThat(statistics.sections()).isEqualTo(3);
        // letter paragraph, heading, list, case study, the paragraph inside it, two body paragraphs, appendix paragraph
        assertThat(statistics.blocks()).isEqualTo(8);
        assertThat(statistics.caseStudies()).isEqualTo(1);
        assertThat(statistics.footnotes()).isEqualTo(2);
    }

    @Test
    void countsHanCharactersOfProseOnly() {
        assertThat(ReportStatistics.of(handBuilt()).hanCharacters()).isEqualTo(41);
    }

    @Test
    void countsProseThatHasChineseButNoEnglish() {
        assertThat(ReportStatistics.of(handBuilt()).textsMissingEnglish()).isEqualTo(5);
    }

    @Test
    void anEmptyReportCountsNothing() {
        assertThat(ReportStatistics.of(Report.blank("青禾财险", 2024)))
                .isEqualTo(new ReportStatistics(0, 0, 0, 0, 0, 0, 0, 0));
    }

    @ParameterizedTest(name = "“{0}” has {1} Han characters")
    @CsvSource(delimiter = '|', textBlock = """
            ''                           | 0
            ESG report 2024              | 0
            ESG报告                       | 2
            2024年，绿色保险              | 5
            全角数字１２３不计              | 6
            标点。，、“”（）《》！？不计     | 4
            㐀㐁 (Extension A)           | 2
            龥                            | 1
            ぁカナ한글                      | 0
            """)
    void hanCharactersCountsCjkIdeographsOnly(String text, int count) {
        assertThat(ReportStatistics.hanCharacters(text)).isEqualTo(count);
    }
}
