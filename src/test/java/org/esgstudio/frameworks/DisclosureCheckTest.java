package org.esgstudio.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.esgstudio.model.Fixtures.chapter;
import static org.esgstudio.model.Fixtures.para;
import static org.esgstudio.model.Fixtures.section;
import static org.esgstudio.model.Fixtures.t;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.esgstudio.data.DataSet;
import org.esgstudio.figures.Finding;
import org.esgstudio.figures.FindingKind;
import org.esgstudio.figures.Severity;
import org.esgstudio.figures.ValidationOptions;
import org.esgstudio.figures.Validator;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.BackPart;
import org.esgstudio.model.ContentIndex;
import org.esgstudio.model.DisclosureTags;
import org.esgstudio.model.Fixtures;
import org.esgstudio.model.IndexRow;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The disclosure checks on small hand-made reports: one wrong thing at a time, named where it is. */
class DisclosureCheckTest {
    private static final Catalogue MINI = new Catalogue("mini-2021", "2021", LocalizedText.of("迷你框架", "Mini"), null,
            null, null, null, null, "gri", null,
            List.of(new OmissionReason("not-applicable", LocalizedText.of("不适用", "Not applicable"))),
            List.of(new CatalogueGroup("GRI 2", t("一般披露"), "always", List.of(),
                    List.of(new Disclosure("2-1", t("组织详细情况"), null), new Disclosure("2-7", t("员工"), null))),
                    new CatalogueGroup("GRI 305", t("排放"), "whenUsed", List.of(),
                            List.of(new Disclosure("305-1", t("直接排放"), null)))));

    @BeforeAll
    static void chinese() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    private static Report report(Map<String, List<String>> tags, BackPart... back) {
        Report report = Fixtures.report(List.of(), List.of(chapter("c1", section("s1", para("p1", "公司治理正文")),
                section("s2", para("p2", " ")), section("s3"))), List.of(back));
        return report.withDisclosures(new DisclosureTags(tags));
    }

    private static List<Finding> findings(Report report) {
        ValidationOptions options = ValidationOptions.DEFAULT.with(new DisclosureCheck(Catalogues.of(MINI)));
        return Validator.validate(report, DataSet.empty(), 2024, options).findings().stream()
                .filter(f -> f.kind() == FindingKind.DISCLOSURE).toList();
    }

    @Test
    void correctTagsOnSectionsAndBlocksGiveNoFinding() {
        assertThat(findings(report(Map.of("s1", List.of("mini-2021:2-1"), "p1", List.of("mini-2021:2-7"))))).isEmpty();
    }

    @Test
    void aCodeOfAnUnknownFrameworkOrDisclosureOrMalformedIsAnErrorAtItsElement() {
        List<Finding> found = findings(report(Map.of("s1", List.of("nope-2020:2-1", "mini-2021:2-99", "GRI 2-1"))));

        assertThat(found).extracting(Finding::severity).containsOnly(Severity.ERROR);
        assertThat(found).extracting(Finding::blockId).containsOnly("s1");
        assertThat(found).extracting(Finding::message).containsExactlyInAnyOrder(
                "披露项“nope-2020:2-1”：没有名为“nope-2020”的披露框架（现有：mini-2021）",
                "披露项“mini-2021:2-99”不在 迷你框架 (2021) 中",
                "披露项编码“GRI 2-1”格式不对（应为“框架:编码”，如 gri-2021:305-1），位于 01 章c1 › 1.1 小节s1");
    }

    @Test
    void aDisclosureTaggedOnAnEmptySectionOrBlankParagraphIsAWarning() {
        List<Finding> found = findings(report(Map.of("s2", List.of("mini-2021:2-1"), "s3", List.of("mini-2021:2-7"),
                "p2", List.of("mini-2021:2-7"))));

        assertThat(found).extracting(Finding::severity).containsOnly(Severity.WARNING);
        assertThat(found).extracting(Finding::blockId).containsExactlyInAnyOrder("s2", "s3", "p2");
        assertThat(found).filteredOn(f -> f.blockId().equals("s3")).singleElement().extracting(Finding::message)
                .isEqualTo("披露项“mini-2021:2-7”标注在空白内容上：01 章c1 › 1.3 小节s3 没有正文，不能算作披露");
    }

    @Test
    void aCodeLeftOnAnElementThatIsGoneIsAWarning() {
        assertThat(findings(report(Map.of("gone", List.of("mini-2021:2-1"))))).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("披露项“mini-2021:2-1”标注在已不存在的内容“gone”上"));
    }

    @Test
    void aHandMadeIndexRowPointingToASectionThatDoesNotReportTheDisclosureIsAnError() {
        ContentIndex index = new ContentIndex("ix", t("GRI内容索引"), "mini-2021", null, List.of(
                new IndexRow("r1", "2-1", t("组织详细情况"), List.of("s1"), null),
                new IndexRow("r2", "GRI 2-7", t("员工"), List.of("s1", "s2"), null)));
        Report report = report(Map.of("s1", List.of("mini-2021:2-1"), "s2", List.of("mini-2021:2-7")), index);

        List<Finding> found = findings(report);

        // r1 is right; r2 points to s1 (not tagged 2-7) and to s2 (tagged, but empty: a warning of its own).
        assertThat(found).filteredOn(f -> f.severity() == Severity.ERROR).extracting(Finding::message).containsExactly(
                "索引行“GRI 2-7”指向“小节s1”，但该节未标注、也未报告披露项 mini-2021:2-7",
                "索引行“GRI 2-7”指向“小节s2”，但该节未标注、也未报告披露项 mini-2021:2-7");
        assertThat(found).filteredOn(f -> f.severity() == Severity.ERROR).extracting(Finding::location)
                .containsOnly("GRI内容索引 › GRI 2-7");
    }

    @Test
    void aGeneratedIndexOfAnUnknownFrameworkOrWithAnUnknownCodeOrReasonIsAnError() {
        ContentIndex unknown = new ContentIndex("ix1", t("索引一"), "nope-2020", null, List.of(), "reported", "");
        ContentIndex wrongRows = new ContentIndex("ix2", t("索引二"), "mini-2021", null, List.of(
                new IndexRow("r1", "2-99", null, List.of(), t("说明"), "", "not-applicable", null),
                new IndexRow("r2", "2-7", null, List.of(), t("说明"), "", "too-busy", null)), "reported", "");

        List<Finding> found = findings(report(Map.of(), unknown, wrongRows));

        assertThat(found).extracting(Finding::message).containsExactlyInAnyOrder(
                "内容索引使用的披露框架“nope-2020”不存在（现有：mini-2021），无法生成",
                "内容索引行“2-99”不是 迷你框架 (2021) 中的披露项",
                "省略原因“too-busy”不是该框架认可的原因（可用：not-applicable）");
    }
}
