package org.esgstudio.ui.editor.disclosures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.esgstudio.frameworks.Catalogue;
import org.esgstudio.frameworks.CatalogueEntry;
import org.esgstudio.frameworks.Catalogues;
import org.esgstudio.i18n.Messages;
import org.esgstudio.json.CatalogueFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The picker's filter and the labels of chips, on the shipped catalogues. */
class DisclosureSearchTest {
    private final Catalogues catalogues = CatalogueFiles.shipped();
    private final Catalogue gri = catalogues.find("gri-2021").orElseThrow();
    private final Catalogue ciaa = catalogues.find("ciaa-2023").orElseThrow();

    @AfterEach
    void chinese() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    private static java.util.List<String> tags(java.util.List<CatalogueEntry> entries) {
        return entries.stream().map(CatalogueEntry::tag).toList();
    }

    @Test
    void aCodeIsFoundFromItsStartWithOrWithoutTheGriPrefix() {
        assertThat(tags(DisclosureSearch.filter(gri, "305-1"))).containsExactly("gri-2021:305-1");
        assertThat(tags(DisclosureSearch.filter(gri, "GRI 305-1"))).containsExactly("gri-2021:305-1");
        assertThat(tags(DisclosureSearch.filter(gri, "2-7"))).as("not 302-7").containsExactly("gri-2021:2-7");
        assertThat(tags(DisclosureSearch.filter(ciaa, "e.1.1"))).containsExactly("ciaa-2023:E.1.1");
    }

    @Test
    void chineseOrEnglishTitlesOfTheDisclosureOrItsStandardMatch() {
        assertThat(tags(DisclosureSearch.filter(gri, "温室气体"))).contains("gri-2021:305-1", "gri-2021:305-2")
                .allMatch(tag -> tag.startsWith("gri-2021:305-"));
        assertThat(tags(DisclosureSearch.filter(gri, "Restatements"))).containsExactly("gri-2021:2-4");
        assertThat(DisclosureSearch.filter(gri, "排放")).as("the standard's title: all of GRI 305")
                .hasSize(gri.byGroup().get("GRI 305").size());
        assertThat(DisclosureSearch.filter(gri, "  ")).hasSize(gri.entries().size());
        assertThat(DisclosureSearch.filter(gri, "没有这样的披露项")).isEmpty();
    }

    @Test
    void chipsCiteTheCodeAndTitleInTheInterfaceLanguage() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(DisclosureLabels.chip(catalogues, "gri-2021:305-1")).isEqualTo("GRI 305-1 直接（范畴1）温室气体排放");
        assertThat(DisclosureLabels.chip(catalogues, "ciaa-2023:E.1.1")).startsWith("CIAA E.1.1 ");
        assertThat(DisclosureLabels.chip(catalogues, "gri-2021:999-9")).isEqualTo("gri-2021:999-9");
        assertThat(DisclosureLabels.known(catalogues, "gri-2021:999-9")).isFalse();
        Messages.setLocale(Locale.ENGLISH);
        assertThat(DisclosureLabels.chip(catalogues, "gri-2021:305-1")).isEqualTo("GRI 305-1 Direct (Scope 1) GHG emissions");
    }
}
