package org.esgstudio.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.Block;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.Report;
import org.esgstudio.model.Section;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A validation session reads again only the edited block, and ends where a full validation would. */
class ValidationSessionTest {
    private static Project sample;

    @BeforeAll
    static void theMainSample() {
        sample = Samples.read(Samples.QINGHE);
    }

    @BeforeEach
    void chinese() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    private static ValidationSession session(Report report) {
        return new ValidationSession(report, sample.data(), 2024, ValidationOptions.DEFAULT);
    }

    /** The report with the first paragraph whose Chinese text contains {@code find} rewritten. */
    private static Edit edit(Report report, String find, String replacement) {
        String[] id = new String[1];
        List<Chapter> chapters = report.chapters().stream().map(chapter -> new Chapter(chapter.id(), chapter.kind(),
                chapter.title(), chapter.themeWord(), chapter.intro(), chapter.sections().stream()
                .map(section -> new Section(section.id(), section.title(), section.blocks().stream()
                        .map(block -> {
                            if (id[0] == null && block instanceof Paragraph p && p.text().zh().contains(find)) {
                                id[0] = p.id();
                                return (Block) new Paragraph(p.id(), LocalizedText.of(
                                        p.text().zh().replace(find, replacement), p.text().en()), p.notes());
                            }
                            return block;
                        }).toList())).toList())).toList();
        assertThat(id[0]).as("a paragraph containing " + find).isNotNull();
        return new Edit(report.withChapters(chapters), id[0]);
    }

    private record Edit(Report report, String blockId) {
    }

    @Test
    void aFreshSessionFindsWhatTheValidatorFinds() {
        ValidationReport full = Validator.validate(sample.report(), sample.data(), 2024);

        assertThat(session(sample.report()).validate()).isEqualTo(full);
        assertThat(full.hasErrors()).isFalse();
    }

    @Test
    void anEditThatBreaksAFigureIsFoundAndUndoingItClearsIt() {
        ValidationSession session = session(sample.report());
        Edit broken = edit(sample.report(), "较上年末增长29.3%", "较上年末增长39.3%");

        ValidationReport after = session.blockEdited(broken.report(), broken.blockId());

        assertThat(after.findings()).filteredOn(f -> f.kind() == FindingKind.GROWTH)
                .extracting(Finding::blockId, Finding::text).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(broken.blockId(), "39.3%"));
        assertThat(after).isEqualTo(Validator.validate(broken.report(), sample.data(), 2024));
        assertThat(session.blockEdited(sample.report(), broken.blockId()).hasErrors()).isFalse();
    }

    @Test
    void anEditedBlockThatIsNewReadsTheWholeReportAgain() {
        ValidationSession session = session(sample.report());
        Edit broken = edit(sample.report(), "较上年末增长29.3%", "较上年末增长39.3%");

        ValidationReport after = session.blockEdited(broken.report(), "no-such-block");

        assertThat(after).isEqualTo(Validator.validate(broken.report(), sample.data(), 2024));
        assertThat(after.hasErrors()).isTrue();
    }
}
