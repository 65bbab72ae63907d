package org.esgstudio.ui.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.esgstudio.data.Project;
import org.esgstudio.model.Chapter;
import org.esgstudio.ui.data.OpenWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing a Word draft into the open report: one undoable edit, validated at once, or every problem and nothing changed. */
class DraftImporterTest {
    private static final Path DRAFT = Path.of("src/test/resources/office/draft/green-operations.docx");

    @TempDir
    Path dir;

    private static DraftImporter.Outcome run(OpenWorkspace open, Path file, Optional<String> into) {
        List<DraftImporter.Outcome> outcomes = new ArrayList<>();
        new DraftImporter(open.workspace, Runnable::run, Runnable::run).start(file, into, outcomes::add);
        assertThat(outcomes).hasSize(1);
        return outcomes.get(0);
    }

    @Test
    void theDraftBecomesANewChapterInOneUndoableEditSelectedAndValidated() {
        try (OpenWorkspace open = OpenWorkspace.mainSample(dir)) {
            Project before = open.workspace.current();
            int chapters = before.report().chapters().size();

            DraftImporter.Outcome outcome = run(open, DRAFT, Optional.empty());

            assertThat(outcome).isInstanceOf(DraftImporter.Imported.class);
            DraftImporter.Imported imported = (DraftImporter.Imported) outcome;
            List<Chapter> after = open.workspace.current().report().chapters();
            assertThat(after).hasSize(chapters + 1);
            Chapter added = after.get(chapters);
            assertThat(added.title().zh()).isEqualTo("践行绿色运营");
            assertThat(open.workspace.selectedProperty().get()).isEqualTo(added.id());
            assertThat(imported.summary()).startsWith("已导入 green-operations.docx：1 章、4 节");
            // The fixture's vehicle table says 66 where the store has 64: validation finds it in the imported text.
            assertThat(imported.errors()).isPositive();
            assertThat(imported.validation()).contains("个错误");
            assertThat(open.workspace.current().assets().size()).isGreaterThan(before.assets().size());
            assertThat(open.workspace.undoLabelProperty().get()).isEqualTo("导入 Word 初稿 green-operations.docx");

            open.workspace.undo();

            assertThat(open.workspace.current()).isEqualTo(before);
        }
    }

    @Test
    void intoAChapterItsSectionsJoinThatChapter() {
        try (OpenWorkspace open = OpenWorkspace.mainSample(dir)) {
            Chapter second = open.workspace.current().report().chapters().get(1);
            int chapters = open.workspace.current().report().chapters().size();

            DraftImporter.Outcome outcome = run(open, DRAFT, Optional.of(second.id()));

            assertThat(outcome).isInstanceOf(DraftImporter.Imported.class);
            Chapter now = open.workspace.current().report().chapters().get(1);
            assertThat(now.sections().size()).isGreaterThan(second.sections().size());
            assertThat(open.workspace.current().report().chapters()).hasSize(chapters);
            assertThat(open.workspace.selectedProperty().get()).isIn(
                    now.sections().stream().map(s -> s.id()).toList());
        }
    }

    @Test
    void anOldWordFileIsRefusedWithHowToConvertItAndNothingChanges() throws Exception {
        try (OpenWorkspace open = OpenWorkspace.mainSample(dir)) {
            Project before = open.workspace.current();
            Path doc = Files.copy(Path.of("src/test/resources/office/draft/green-operations.doc"),
                    dir.resolve("draft.docx"));

            DraftImporter.Outcome outcome = run(open, doc, Optional.empty());

            assertThat(outcome).isInstanceOf(DraftImporter.Refused.class);
            assertThat(((DraftImporter.Refused) outcome).problems().problems()).singleElement()
                    .satisfies(line -> assertThat(line.problem()).contains("Word 97-2003", ".docx"));
            assertThat(open.workspace.current()).isEqualTo(before);
            assertThat(open.workspace.canUndoProperty().get()).isFalse();
        }
    }
}
