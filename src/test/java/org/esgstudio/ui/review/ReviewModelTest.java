package org.esgstudio.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.esgstudio.data.Project;
import org.esgstudio.figures.FindingKind;
import org.esgstudio.figures.ValidationReport;
import org.esgstudio.figures.Validator;
import org.esgstudio.i18n.Messages;
import org.esgstudio.json.SyntheticReports;
import org.esgstudio.model.Report;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The review panel's state without a window, on the main sample's chapters ten times over (thousands of findings). */
class ReviewModelTest {
    private static Report report;
    private static ValidationReport validation;

    @BeforeAll
    static void validateTheTenfoldSample() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        Project sample = Samples.read(Samples.QINGHE);
        report = SyntheticReports.scaled(sample.report(), 10);
        validation = Validator.validate(report, sample.data(), report.settings().year());
    }

    private static ReviewModel shown() {
        ReviewModel model = new ReviewModel(Runnable::run, Runnable::run);
        model.show(report, validation);
        return model;
    }

    @Test
    void thousandsOfFindingsAreIndexedAndFilteredFastEnoughForTheFxThread() {
        assertThat(validation.findings()).hasSizeGreaterThan(5000);
        long start = System.nanoTime();
        ReviewModel model = shown();
        long indexed = System.nanoTime();
        model.shownProperty(FindingKind.UNVERIFIED).set(true);
        model.shownProperty(FindingKind.TRANSLATION).set(true);
        long everything = System.nanoTime();
        model.searchProperty().set("万元");
        long searched = System.nanoTime();

        assertThat(model.rows()).filteredOn(ReviewRow.Item.class::isInstance).isNotEmpty()
                .allMatch(row -> ((ReviewRow.Item) row).message().contains("万元")
                        || ((ReviewRow.Item) row).finding().location().contains("万元"));
        System.out.printf(Locale.ROOT, "review: %d findings indexed in %d ms (background); all kinds shown in %d ms, "
                        + "searched in %d ms (FX thread)%n", validation.findings().size(), (indexed - start) / 1_000_000,
                (everything - indexed) / 1_000_000, (searched - everything) / 1_000_000);
        // Filtering runs on the FX thread on every keystroke: well under a frame even on a slow machine.
        assertThat((searched - everything) / 1_000_000).isLessThan(100);
    }

    @Test
    void theStatusCountsAreTheWholeReportsWhateverTheFilters() {
        ReviewModel model = shown();
        model.searchProperty().set("不存在的文字");

        assertThat(model.rows()).isEmpty();
        assertThat(model.warningsProperty().get() + model.infosProperty().get() + model.errorsProperty().get())
                .isEqualTo(validation.findings().size());
        assertThat(model.countProperty(FindingKind.UNVERIFIED).get()).isZero();
        assertThat(model.matchingProperty().get()).isZero();
    }

    @Test
    void aSearchOfSeveralWordsKeepsTheFindingsWithAllOfThem() {
        ReviewModel model = shown();
        model.shownProperty(FindingKind.UNVERIFIED).set(true);
        model.searchProperty().set("  万元   2.1 ");

        List<ReviewRow.Item> items = model.rows().stream().filter(ReviewRow.Item.class::isInstance)
                .map(ReviewRow.Item.class::cast).toList();
        assertThat(items).isNotEmpty().allMatch(item -> (item.message() + item.finding().location()).contains("万元")
                && item.finding().location().contains("2.1"));
    }

    @Test
    void anOlderValidationIndexedLateDoesNotReplaceANewerOne() {
        java.util.List<Runnable> queued = new java.util.ArrayList<>();
        ReviewModel model = new ReviewModel(queued::add, Runnable::run);
        ValidationReport empty = new ValidationReport(validation.summary(), List.of());
        model.show(report, validation);
        model.show(report, empty);

        queued.get(1).run();
        queued.get(0).run();

        assertThat(model.warningsProperty().get()).isZero();
        assertThat(model.validatedProperty().get()).isTrue();
    }

    @Test
    void aListIsPatchedWhereItDiffersOnly() {
        List<String> target = new java.util.ArrayList<>(List.of("a", "b", "c", "d", "e"));
        ListPatch.apply(target, List.of("a", "x", "y", "d", "e"));
        assertThat(target).containsExactly("a", "x", "y", "d", "e");
        ListPatch.apply(target, List.of("a", "e"));
        assertThat(target).containsExactly("a", "e");
        ListPatch.apply(target, List.of("z", "a", "b", "e"));
        assertThat(target).containsExactly("z", "a", "b", "e");
        ListPatch.apply(target, List.of());
        assertThat(target).isEmpty();
    }
}
