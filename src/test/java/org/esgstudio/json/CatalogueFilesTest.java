package org.esgstudio.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.esgstudio.frameworks.Catalogue;
import org.esgstudio.frameworks.CatalogueEntry;
import org.esgstudio.frameworks.CatalogueGroup;
import org.esgstudio.frameworks.Catalogues;
import org.esgstudio.i18n.InputRejectedException;
import org.esgstudio.i18n.Messages;
import org.esgstudio.i18n.UserFacingException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped catalogues load whole and as the frameworks define them; a team's own file is read strictly. */
class CatalogueFilesTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void chinese() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void everyShippedCatalogueLoadsWithItsVersionAndTitlesInBothLanguages() {
        Catalogues shipped = CatalogueFiles.shipped();

        assertThat(shipped.ids()).containsExactly("ciaa-2023", "cn-exchange-2024", "gri-2021", "hkex-esg-2023");
        for (Catalogue catalogue : shipped.all()) {
            assertThat(catalogue.version()).as(catalogue.id()).isNotBlank();
            assertThat(catalogue.source()).as(catalogue.id()).isNotBlank();
            assertThat(catalogue.entries()).as(catalogue.id()).isNotEmpty().allSatisfy(entry -> {
                assertThat(entry.title().zh()).as(entry.tag()).isNotBlank();
                assertThat(entry.title().en()).as(entry.tag()).isNotBlank();
            });
        }
    }

    @Test
    void griHasThirtyGeneralDisclosuresThreeMaterialTopicDisclosuresAndTopicStandardsUsedWhenReported() {
        Catalogue gri = CatalogueFiles.shipped().find("gri-2021").orElseThrow();
        Map<String, List<CatalogueEntry>> groups = gri.byGroup();

        assertThat(groups.get("GRI 2")).hasSize(30).first().extracting(CatalogueEntry::code).isEqualTo("2-1");
        assertThat(groups.get("GRI 3")).extracting(CatalogueEntry::code).containsExactly("3-1", "3-2", "3-3");
        assertThat(groups.get("GRI 2")).allMatch(CatalogueEntry::alwaysExpected);
        assertThat(groups.get("GRI 305")).extracting(CatalogueEntry::code)
                .containsExactly("305-1", "305-2", "305-3", "305-4", "305-5", "305-6", "305-7");
        assertThat(groups.get("GRI 305")).noneMatch(CatalogueEntry::alwaysExpected);
        assertThat(gri.omissionReasons()).extracting(r -> r.code()).contains("not-applicable", "legal-prohibitions",
                "confidentiality-constraints", "information-unavailable");
        assertThat(gri.statementOfUse().withReference().zh()).contains("{company}", "{start}", "{end}");
    }

    @Test
    void theInsuranceAssociationGuideHasTwentyThreeFirstLevelAndFortyNineSecondLevelIndicators() {
        Catalogue ciaa = CatalogueFiles.shipped().find("ciaa-2023").orElseThrow();

        assertThat(ciaa.groups()).extracting(CatalogueGroup::code).containsExactly("E", "S", "G");
        assertThat(ciaa.groups()).extracting(g -> g.groups().size()).containsExactly(5, 7, 11);
        Map<String, Long> perDimension = ciaa.entries().stream()
                .collect(Collectors.groupingBy(e -> e.path().get(0).code(), Collectors.counting()));
        assertThat(perDimension).containsEntry("E", 13L).containsEntry("S", 16L).containsEntry("G", 20L);
        assertThat(ciaa.entries().get(0).code()).isEqualTo("E.1.1");
        assertThat(ciaa.entries().get(48).code()).isEqualTo("G.11.1");
    }

    @Test
    void aTeamsFileReplacesNoShippedOneButAddsItsOwnAndItsIdMustBeItsFileName() throws Exception {
        Files.writeString(dir.resolve("issb-2023.json"), """
                {"id": "issb-2023", "version": "2023", "name": {"zh": "国际可持续准则", "en": "IFRS S1/S2"},
                 "groups": [{"code": "S2", "title": {"zh": "气候相关披露"}, "scope": "always",
                             "disclosures": [{"code": "S2-6", "title": {"zh": "治理"}}]}]}
                """);

        Catalogues all = CatalogueFiles.withFolder(dir);
        assertThat(all.ids()).contains("issb-2023", "gri-2021");
        assertThat(all.entry("issb-2023:S2-6")).isPresent();

        Files.move(dir.resolve("issb-2023.json"), dir.resolve("issb.json"));
        assertThatThrownBy(() -> CatalogueFiles.withFolder(dir)).isInstanceOf(UserFacingException.class)
                .hasMessage(dir.resolve("issb.json") + ": 披露框架的 id 为“issb-2023”，与文件名不符（应为“issb”）");
    }

    @Test
    void aBrokenCatalogueIsRefusedNamingTheFileThePlaceAndTheProblem() {
        assertThatThrownBy(() -> CatalogueFiles.read("bad.json", "{\"id\": \"bad\", \"groups\": [{\"code\": \"A\", "
                + "\"disclosures\": [{\"code\": \"1\"}, {\"code\": \"1\"}]}]}"))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("bad.json")
                .hasMessageContaining("disclosure 1 is listed twice");
        assertThatThrownBy(() -> CatalogueFiles.read("typo.json", "{\"id\": \"typo\", \"grups\": []}"))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("typo.json:1:")
                .hasMessageContaining("grups");
    }
}
