package org.esgstudio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.esgstudio.model.Fixtures.chapter;
import static org.esgstudio.model.Fixtures.note;
import static org.esgstudio.model.Fixtures.para;
import static org.esgstudio.model.Fixtures.report;
import static org.esgstudio.model.Fixtures.row;
import static org.esgstudio.model.Fixtures.section;
import static org.esgstudio.model.Fixtures.t;
import static org.esgstudio.model.Fixtures.tile;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.esgstudio.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportIntegrityTest {

    private static String zh(IntegrityProblem problem) {
        return Messages.format(Locale.SIMPLIFIED_CHINESE, problem.key(), problem.args());
    }

    /** A report with an element of every kind that has an id; {@code id} may rename any of them. */
    private static Report rich(UnaryOperator<String> id) {
        Highlights highlights = new Highlights(id.apply("highlights"), t("亮点绩效"), List.of(new TileGroup(
                id.apply("hl-group"), t("经济"), List.of(tile(id.apply("hl-tile"), note(id.apply("n-hl")))))));
        Timeline timeline = new Timeline(id.apply("timeline"), t("大事记"),
                List.of(new TimelineEntry(id.apply("tl-1"), 6, null, t("发布报告"))));
        Materiality materiality = new Materiality(id.apply("materiality"), t("重大性议题"), List.of(),
                List.of(new MaterialityStep(id.apply("step-1"), t("识别"), t("识别议题"))), null, null,
                List.of(new MaterialTopic(id.apply("topic-1"), t("气候变化"), EsgCategory.E, 4, 4, true)));
        Stakeholders stakeholders = new Stakeholders(id.apply("stakeholders"), t("利益相关方"), List.of(),
                List.of(new StakeholderRow(id.apply("sh-1"), t("客户"), List.of(t("优质服务")), List.of(t("客服热线")))));

        String nodeA = id.apply("node-a");
        String nodeB = id.apply("node-b");
        Section first = new Section(id.apply("s1"), t("绿色保险"), List.of(
                para(id.apply("p1"), "正文[^" + id.apply("n-p1") + "]", note(id.apply("n-p1"))),
                new DataTable(id.apply("table"), t("员工"), List.of(), List.of(2024),
                        List.of(row(id.apply("table-row"), "S.EMP.TOTAL", note(id.apply("n-row"))))),
                new TextTable(id.apply("text-table"), t("制度"), List.of(t("名称"), t("内容")),
                        List.of(new TextRow(id.apply("text-row"), List.of(t("制度A"), t("内容A")))), List.of()),
                new Tiles(id.apply("tiles"), t("数字"), List.of(tile(id.apply("tiles-tile")))),
                new Callout(id.apply("callout"), tile(id.apply("callout-figure"))),
                new Diagram(id.apply("diagram"), DiagramKind.ORG_CHART, t("治理架构"),
                        List.of(new DiagramNode(nodeA, t("董事会"), List.of()),
                                new DiagramNode(nodeB, t("ESG委员会"), List.of())),
                        List.of(new DiagramEdge(nodeA, nodeB))),
                new CaseStudy(id.apply("case"), t("案例"), List.of(para(id.apply("case-p"), "案例正文")), null, null),
                new BulletList(id.apply("list"), ListStyle.BULLET, List.of(t("一项[^" + id.apply("n-list") + "]")),
                        List.of(note(id.apply("n-list"))))));
        Section second = section(id.apply("s2"));
        Chapter chapter = new Chapter(id.apply("c1"), ChapterKind.CHAPTER, t("绿色发展"), null, null,
                List.of(first, second));

        KpiTable kpi = new KpiTable(id.apply("kpi"), t("关键绩效表"), List.of(2024), List.of(new KpiSection(
                id.apply("kpi-sec"), t("社会绩效"), List.of(), List.of(new KpiGroup(id.apply("kpi-group"), null,
                        List.of(), List.of(row(id.apply("kpi-row"), "S.EMP.TOTAL")))))));
        ContentIndex index = new ContentIndex(id.apply("index"), t("GRI内容索引"), "gri-2021", null,
                List.of(new IndexRow(id.apply("index-row"), "GRI 2-1", t("组织详细情况"),
                        List.of(id.apply("s1"), id.apply("s2")), null)));
        FeedbackForm feedback = new FeedbackForm(id.apply("feedback"), t("读者反馈表"), null,
                List.of(new Question(id.apply("q-1"), t("您对本报告的总体评价"), QuestionKind.CHOICE,
                        List.of(t("好"), t("一般")))), null);
        Appendix appendix = new Appendix(id.apply("appendix"), t("附录"), List.of());
        return report(List.of(highlights, timeline, materiality, stakeholders), List.of(chapter),
                List.of(kpi, index, feedback, appendix));
    }

    private static Report rich(String element, String renamedTo) {
        return rich(id -> id.equals(element) ? renamedTo : id);
    }

    @Test
    void aWellFormedReportHasNoProblems() {
        assertThat(ReportIntegrity.check(rich(UnaryOperator.identity()))).isEmpty();
    }

    @ParameterizedTest(name = "{0} renamed to {1}")
    @CsvSource(textBlock = """
            c1,             s1
            case-p,         case
            hl-tile,        p1
            n-p1,           n-row
            n-list,         hl-group
            n-hl,           n-row
            text-row,       s2
            table-row,      tiles
            node-b,         p1
            node-a,         node-b
            kpi-row,        table-row
            kpi-group,      kpi-sec
            tl-1,           topic-1
            sh-1,           step-1
            callout-figure, tiles-tile
            index-row,      kpi-sec
            q-1,            highlights
            appendix,       c1
            """)
    void anIdUsedTwiceAnywhereIsReportedOnce(String element, String duplicate) {
        List<IntegrityProblem> problems = ReportIntegrity.check(rich(element, duplicate));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo("integrity.duplicateId");
            assertThat(problem.args()[0]).isEqualTo(duplicate);
            assertThat(zh(problem)).contains("标识“" + duplicate + "”重复使用", "另见");
        });
    }

    @Test
    void aDuplicateBlockIdIsReportedWhereItRecursAndNamesTheFirstPlace() {
        Report report = report(true, chapter("c1",
                new Section("s1", t("第一节"), List.of(para("p", "甲"))),
                new Section("s2", t("第二节"), List.of(para("p", "乙")))));

        IntegrityProblem problem = ReportIntegrity.check(report).get(0);

        assertThat(problem.where()).contains("第二节").doesNotContain("第一节");
        assertThat(problem.args()[1].toString()).contains("第一节");
        assertThat(zh(problem)).contains("标识“p”重复使用（另见 01 章c1 › 1.1 第一节");
    }

    @Test
    void twoFootnotesWithTheSameIdInOneParagraphAreReported() {
        Report report = report(true, chapter("c1", section("s1",
                para("p1", "甲[^n1]乙[^n1]", new Footnote("n1", t("第一条")), new Footnote("n1", t("第二条"))))));

        assertThat(ReportIntegrity.check(report))
                .anySatisfy(problem -> {
                    assertThat(problem.key()).isEqualTo("integrity.duplicateId");
                    assertThat(problem.args()[0]).isEqualTo("n1");
                });
    }

    @ParameterizedTest(name = "{0} renamed to “{1}”")
    @CsvSource(textBlock = """
            tiles,   'has space'
            tiles,   a.b
            tiles,   中文标识
            n-row,   n/row
            node-a,  'a#b'
            s2,      ''
            """)
    void anIdWithCharactersOutsideLettersDigitsDashAndUnderscoreIsReported(String element, String bad) {
        List<IntegrityProblem> problems = ReportIntegrity.check(rich(element, bad));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo("integrity.badId");
            assertThat(problem.args()).containsExactly(bad);
            assertThat(zh(problem)).contains("标识“" + bad + "”只能含字母、数字、- 和 _");
        });
    }

    @Test
    void idsMayBeSixtyFourCharactersButNotSixtyFive() {
        String longest = "a".repeat(64);
        String tooLong = "b".repeat(65);

        assertThat(ReportIntegrity.check(rich("tiles", longest))).isEmpty();
        assertThat(ReportIntegrity.check(rich("tiles", tooLong)))
                .extracting(IntegrityProblem::key).containsExactly("integrity.badId");
    }

    @Test
    void aFootnoteReferenceToNoFootnoteOfTheBlockIsReported() {
        Report report = report(true, chapter("c1", new Section("s1", t("第一节"), List.of(
                para("p1", "甲[^n1]", note("n1")),
                para("p2", t("乙[^n1]", "B[^n1]"), note("n2")),
                new BulletList("list", ListStyle.BULLET, List.of(t("项[^n-gone]")), List.of())))));

        List<IntegrityProblem> problems = ReportIntegrity.check(report);

        assertThat(problems).extracting(IntegrityProblem::key).containsOnly("integrity.unknownFootnote");
        // p2 refers to p1's footnote in both languages; the list item to nothing at all
        assertThat(problems).extracting(p -> p.args()[0]).containsExactly("n1", "n1", "n-gone");
        assertThat(problems.get(0).where()).contains("第一节", "乙");
        assertThat(zh(problems.get(2))).isEqualTo("引用了脚注“n-gone”，但本块的脚注中没有它");
    }

    @Test
    void aFootnoteReferenceOnlyInTheEnglishTextIsCheckedToo() {
        Report report = report(true, chapter("c1", section("s1", para("p1", t("甲", "A[^n-en]")))));

        assertThat(ReportIntegrity.check(report)).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo("integrity.unknownFootnote");
            assertThat(problem.args()).containsExactly("n-en");
        });
    }

    @Test
    void malformedMarkupInTheEnglishTextIsReportedWithTheLanguageAndOffset() {
        Report report = report(true, chapter("c1", new Section("s1", t("第一节"),
                List.of(para("p1", t("**重点**内容", "Key **content"))))));

        assertThat(ReportIntegrity.check(report)).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo("guard.markup.emphasisUnclosed");
            assertThat(problem.args()[0]).isEqualTo("en");
            assertThat(problem.where()).contains("第一节", "重点内容");
            assertThat(zh(problem)).isEqualTo("en 文本第 5 个字符：加粗标记“**”只有开头没有结尾");
        });
    }

    @Test
    void malformedMarkupInAListItemIsReported() {
        Report report = report(true, chapter("c1", section("s1",
                new BulletList("list", ListStyle.STEPS, List.of(t("第一步"), t("第二步{{S.EMP.TOTAL")), List.of()))));

        assertThat(ReportIntegrity.check(report)).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo("guard.markup.figureUnclosed");
            assertThat(problem.args()[0]).isEqualTo("zh");
            assertThat(zh(problem)).isEqualTo("zh 文本第 4 个字符：指标引用“{{”没有以“}}”闭合");
        });
    }

    @Test
    void aContentIndexRowPointingToAnUnknownSectionIsReported() {
        ContentIndex index = new ContentIndex("index", t("GRI内容索引"), "gri-2021", null,
                List.of(new IndexRow("row-1", "GRI 2-1", t("组织详细情况"), List.of("s1", "s-gone"), null)));
        Report report = report(List.of(), List.of(chapter("c1", section("s1"))), List.of(index));

        assertThat(ReportIntegrity.check(report)).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo("integrity.unknownSection");
            assertThat(problem.where()).isEqualTo("GRI内容索引 › GRI 2-1");
            assertThat(zh(problem)).isEqualTo("指向报告中不存在的小节“s-gone”");
        });
    }

    @Test
    void aContentIndexMayNotPointToAChapterOrBlockId() {
        ContentIndex index = new ContentIndex("index", t("GRI内容索引"), "gri-2021", null,
                List.of(new IndexRow("row-1", "GRI 2-1", null, List.of("c1", "p1"), null)));
        Report report = report(List.of(), List.of(chapter("c1", section("s1", para("p1", "正文")))), List.of(index));

        assertThat(ReportIntegrity.check(report)).extracting(p -> p.args()[0]).containsExactly("c1", "p1");
    }

    @Test
    void severalProblemsAreAllReported() {
        Map<String, String> renames = Map.of("p1", "tiles", "case-p", "bad id");
        Report report = rich(id -> renames.getOrDefault(id, id));

        assertThat(ReportIntegrity.check(report)).extracting(IntegrityProblem::key)
                .containsExactlyInAnyOrder("integrity.duplicateId", "integrity.badId");
    }
}
