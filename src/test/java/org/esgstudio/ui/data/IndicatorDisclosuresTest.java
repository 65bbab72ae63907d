package org.esgstudio.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.esgstudio.data.Indicator;
import org.esgstudio.frameworks.Coverage;
import org.esgstudio.frameworks.CoverageStatus;
import org.esgstudio.json.CatalogueFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indicators' disclosure codes on the data page: shown as cited, added and cleared as undoable edits of the data. */
class IndicatorDisclosuresTest {
    @TempDir
    Path dir;

    private OpenWorkspace open;
    private IndicatorDisclosures disclosures;

    @BeforeEach
    void openTheMainSample() {
        open = OpenWorkspace.mainSample(dir);
        disclosures = new IndicatorDisclosures(new DataViewModel(open.workspace));
    }

    @AfterEach
    void close() {
        open.close();
    }

    private Indicator indicator(String code) {
        return open.workspace.current().data().indicator(code).orElseThrow();
    }

    @Test
    void theSamplesTaggedIndicatorsShowTheirCodesAsCited() {
        assertThat(IndicatorDisclosures.shown(indicator("E.GHG.SCOPE1"))).isEqualTo("GRI 305-1; CIAA E.5.2");
        assertThat(IndicatorDisclosures.shown(indicator("EC.PREMIUM.TOTAL"))).isEmpty();
    }

    @Test
    void addingCodesToAnIndicatorMakesItsTablesPlacesOfTheDisclosureUntilUndone() {
        var gri = CatalogueFiles.shipped().find("gri-2021").orElseThrow();
        var before = Coverage.of(gri, open.workspace.current().report(), open.workspace.current().data());
        assertThat(before.lines()).filteredOn(l -> l.entry().code().equals("403-9")).singleElement()
                .satisfies(l -> assertThat(l.places()).noneMatch(p -> p.viaIndicator()));

        disclosures.change("S.SAFETY.INJURIES", List.of("gri-2021:403-9"), false);

        assertThat(indicator("S.SAFETY.INJURIES").frameworks()).containsExactly("gri-2021:403-9");
        var after = Coverage.of(gri, open.workspace.current().report(), open.workspace.current().data());
        assertThat(after.lines()).filteredOn(l -> l.entry().code().equals("403-9")).singleElement()
                .satisfies(l -> {
                    assertThat(l.status()).isEqualTo(CoverageStatus.COVERED);
                    assertThat(l.places()).anyMatch(p -> p.indicator().equals("S.SAFETY.INJURIES"));
                });

        open.workspace.undo();
        assertThat(indicator("S.SAFETY.INJURIES").frameworks()).isEmpty();
    }

    @Test
    void clearingRemovesEveryCodeInOneEdit() {
        disclosures.change("E.GHG.SCOPE1", List.of(), true);

        assertThat(indicator("E.GHG.SCOPE1").frameworks()).isEmpty();
        open.workspace.undo();
        assertThat(indicator("E.GHG.SCOPE1").frameworks()).containsExactly("gri-2021:305-1", "ciaa-2023:E.5.2");
    }
}
