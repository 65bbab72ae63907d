package org.esgstudio.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.esgstudio.data.Project;
import org.esgstudio.json.CatalogueFiles;
import org.esgstudio.json.ReportFolder;
import org.esgstudio.model.Report;
import org.esgstudio.model.ReportEdits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Coverage of the main sample: what its tags and indicators make, what it omits, and what goes missing with a section. */
class CoverageTest {
    private static Project sample;
    private static Catalogue gri;
    private static Catalogue ciaa;

    @BeforeAll
    static void read() {
        sample = ReportFolder.read(Path.of("sample-reports", "qinghe-2024"), "test", Instant.EPOCH);
        gri = CatalogueFiles.shipped().find("gri-2021").orElseThrow();
        ciaa = CatalogueFiles.shipped().find("ciaa-2023").orElseThrow();
    }

    private static CoverageLine line(CoverageReport report, String code) {
        return report.lines().stream().filter(l -> l.entry().code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theMainSampleCoversOmitsAndMissesGriDisclosures() {
        CoverageReport coverage = Coverage.of(gri, sample.report(), sample.data());

        assertThat(coverage.count(CoverageStatus.COVERED)).isEqualTo(48);
        assertThat(coverage.with(CoverageStatus.OMITTED)).extracting(l -> l.entry().code()).containsExactly("2-8", "2-21");
        assertThat(line(coverage, "2-4").status()).as("GRI 2 is always expected").isEqualTo(CoverageStatus.MISSING);
        assertThat(line(coverage, "305-5").status()).as("GRI 305 is in use").isEqualTo(CoverageStatus.MISSING);
        assertThat(line(coverage, "207-1").status()).as("GRI 207 is not in use").isEqualTo(CoverageStatus.NOT_EXPECTED);
        assertThat(coverage.lines()).hasSize(gri.entries().size());
    }

    @Test
    void aTaggedIndicatorMakesItsDataTableAndTheKpiTablePlacesOfTheDisclosure() {
        CoverageLine scope1 = line(Coverage.of(gri, sample.report(), sample.data()), "305-1");

        assertThat(scope1.places()).filteredOn(Place::viaIndicator).extracting(Place::elementId, Place::indicator)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ch2-s4-tbl1", "E.GHG.SCOPE1"),
                        org.assertj.core.groups.Tuple.tuple("kpi", "E.GHG.SCOPE1"));
    }

    @Test
    void removingASectionMakesItsDisclosuresMissing() {
        CoverageReport before = Coverage.of(gri, sample.report(), sample.data());
        assertThat(line(before, "2-9").status()).isEqualTo(CoverageStatus.COVERED);
        assertThat(line(before, "2-15").places()).extracting(Place::sectionId).containsExactly("ch1-s1", "ch1-s3");

        Report without = ReportEdits.remove(sample.report(), "ch1-s1");
        CoverageReport after = Coverage.of(gri, without, sample.data());

        // Everything only ch1-s1 reported is now missing; what another section also reports stays covered there.
        assertThat(List.of("2-9", "2-10", "2-11", "2-12", "2-13", "2-14"))
                .allSatisfy(code -> assertThat(line(after, code).status()).as(code).isEqualTo(CoverageStatus.MISSING));
        assertThat(line(after, "2-15").status()).isEqualTo(CoverageStatus.COVERED);
        assertThat(line(after, "2-15").places()).extracting(Place::sectionId).containsExactly("ch1-s3");
        assertThat(without.disclosures().of("ch1-s1")).as("the section's codes went with it").isEmpty();
        CoverageReport ciaaAfter = Coverage.of(ciaa, without, sample.data());
        assertThat(List.of("G.1.1", "G.1.2", "G.2.1", "G.2.2", "G.3.1", "G.8.1"))
                .allSatisfy(code -> assertThat(line(ciaaAfter, code).status()).as(code).isEqualTo(CoverageStatus.MISSING));
    }

    @Test
    void aDisclosureTaggedOnlyOnAnEmptySectionIsNotCovered() {
        Report report = sample.report();
        Report emptied = ReportEdits.replaceSection(report, new org.esgstudio.model.Section("ch4-s2",
                org.esgstudio.model.LocalizedText.zh("薪酬福利与健康安全"), List.of()));

        CoverageReport coverage = Coverage.of(gri, emptied, sample.data());

        assertThat(emptied.disclosures().of("ch4-s2")).contains("gri-2021:2-30");
        assertThat(line(coverage, "2-30").status()).isEqualTo(CoverageStatus.MISSING);
        assertThat(line(coverage, "2-30").places()).isEmpty();
        assertThat(line(coverage, "403-9").status()).as("GRI 403 had nothing else: no longer in use")
                .isEqualTo(CoverageStatus.NOT_EXPECTED);
    }

    @Test
    void aTopicStandardWithNothingReportedIsNotExpected() {
        Report untagged = sample.report().withDisclosures(org.esgstudio.model.DisclosureTags.NONE);
        CoverageReport coverage = Coverage.of(gri, untagged, org.esgstudio.data.DataSet.empty());

        assertThat(coverage.with(CoverageStatus.COVERED)).isEmpty();
        assertThat(coverage.with(CoverageStatus.MISSING)).extracting(l -> l.entry().group().code())
                .containsOnly("GRI 2", "GRI 3");
    }
}
