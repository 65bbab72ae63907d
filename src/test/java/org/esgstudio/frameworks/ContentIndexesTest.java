package org.esgstudio.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.esgstudio.model.Fixtures.chapter;
import static org.esgstudio.model.Fixtures.para;
import static org.esgstudio.model.Fixtures.section;
import static org.esgstudio.model.Fixtures.t;

import java.util.List;
import java.util.Map;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.Project;
import org.esgstudio.model.ContentIndex;
import org.esgstudio.model.DisclosureTags;
import org.esgstudio.model.Fixtures;
import org.esgstudio.model.IndexRow;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Report;
import org.junit.jupiter.api.Test;

/** Generated index rows: which disclosures each listing shows, where, with which omission and statement of use. */
class ContentIndexesTest {
    private static final Catalogue MINI = new Catalogue("mini-2021", "2021", LocalizedText.of("迷你框架", "Mini"), null,
            null, null, null, null, "gri",
            new StatementOfUse(LocalizedText.of("{company}在{start}至{end}期间参照本标准报告。", "{company} reported for {start} to {end}."),
                    LocalizedText.of("{company}在{start}至{end}期间符合本标准。", "{company} in accordance, {start} to {end}."),
                    LocalizedText.of("使用的GRI 1：GRI 1：基础 2021", "GRI 1 used: GRI 1: Foundation 2021")),
            List.of(new OmissionReason("confidentiality-constraints", LocalizedText.of("保密限制", "Confidentiality"))),
            List.of(new CatalogueGroup("GRI 2", t("GRI 2：一般披露 2021"), "always", List.of(),
                    List.of(new Disclosure("2-1", t("组织详细情况"), null), new Disclosure("2-7", t("员工"), null),
                            new Disclosure("2-21", t("年度总薪酬比率"), null))),
                    new CatalogueGroup("GRI 305", t("GRI 305：排放 2016"), "whenUsed", List.of(),
                            List.of(new Disclosure("305-1", t("直接排放"), null), new Disclosure("305-2", t("间接排放"), null))),
                    new CatalogueGroup("GRI 401", t("GRI 401：雇佣 2016"), "whenUsed", List.of(),
                            List.of(new Disclosure("401-1", t("新进员工"), null)))));

    private static Project project(String generate, String claim) {
        ContentIndex index = new ContentIndex("ix", t("GRI内容索引"), "mini-2021", null, List.of(
                new IndexRow("om", "2-21", null, List.of(), t("薪酬敏感"), "2-21-a", "confidentiality-constraints", null)),
                generate, claim);
        Report report = Fixtures.report(List.of(), List.of(chapter("c1", section("s1", para("p1", "治理")),
                section("s2", para("p2", "排放"), para("p3", "更多")))), List.of(index))
                .withDisclosures(new DisclosureTags(Map.of("s1", List.of("mini-2021:2-1"),
                        "p3", List.of("mini-2021:305-1"), "s2", List.of("mini-2021:305-1"))));
        return new Project(report, DataSet.empty(), List.of());
    }

    private static ContentIndex expanded(String generate, String claim) {
        return (ContentIndex) ContentIndexes.expand(project(generate, claim), Catalogues.of(MINI)).report().back().get(0);
    }

    @Test
    void reportedListsWhatIsMadeOrOmittedWithTheElementsToPageAndTheGroupOfEachRow() {
        ContentIndex index = expanded("reported", "with-reference");

        assertThat(index.rows()).extracting(IndexRow::code).containsExactly("2-1", "2-21", "305-1");
        assertThat(index.rows().get(0).sections()).containsExactly("s1");
        assertThat(index.rows().get(2).sections()).as("section first, then the block in it").containsExactly("s2", "p3");
        assertThat(index.rows().get(2).group().zh()).isEqualTo("GRI 305：排放 2016");
        assertThat(index.rows().get(1)).satisfies(row -> {
            assertThat(row.sections()).isEmpty();
            assertThat(row.reason()).isEqualTo("confidentiality-constraints");
            assertThat(row.requirement()).isEqualTo("2-21-a");
            assertThat(row.omission().zh()).isEqualTo("薪酬敏感");
        });
    }

    @Test
    void expectedAddsTheMissingOfGroupsAlwaysExpectedOrInUseMarkedNotDisclosed() {
        ContentIndex index = expanded("expected", "in-accordance");

        assertThat(index.rows()).extracting(IndexRow::code).containsExactly("2-1", "2-7", "2-21", "305-1", "305-2");
        assertThat(index.rows()).filteredOn(r -> r.code().equals("305-2")).singleElement()
                .satisfies(row -> assertThat(row.omission().zh()).isEqualTo("/"));
    }

    @Test
    void allListsEveryDisclosureOfTheCatalogue() {
        assertThat(expanded("all", "").rows()).extracting(IndexRow::code)
                .containsExactly("2-1", "2-7", "2-21", "305-1", "305-2", "401-1");
    }

    @Test
    void theStatementOfUseNamesTheCompanyThePeriodTheClaimAndGri1() {
        ContentIndex reference = expanded("reported", "with-reference");
        ContentIndex accordance = expanded("reported", "in-accordance");

        String company = project("reported", "").report().settings().company().zh();
        assertThat(reference.statement().zh()).isEqualTo(company + "在2024年1月1日至2024年12月31日期间参照本标准报告。"
                + "使用的GRI 1：GRI 1：基础 2021。");
        assertThat(accordance.statement().zh()).contains("符合本标准");
        assertThat(reference.statement().en()).contains("1 January 2024 to 31 December 2024", "GRI 1 used");
    }

    @Test
    void aHandMadeIndexOrOneOfAnUnknownCatalogueIsLeftAsWritten() {
        Project project = project("", "");
        assertThat(ContentIndexes.expand(project, Catalogues.of(MINI))).isSameAs(project);
        Project generated = project("reported", "");
        assertThat(ContentIndexes.expand(generated, Catalogues.of())).isSameAs(generated);
    }
}
