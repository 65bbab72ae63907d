package org.esgstudio.review.compare;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.data.Project;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.ReportEdits;
import org.esgstudio.model.ReportQuery;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.store.Samples;

/**
 * The known set of edits of the acceptance test, made through the editor's own operations (ReportEdits, DataSet)
 * and saved as the app saves: one figure in a paragraph, some words in another (Chinese and English), one block
 * deleted, one added, one value of the data store.
 */
public final class SampleEdits {
    public static final String WATER_PARAGRAPH = "ch2-s4-p6";
    public static final String STRATEGY_PARAGRAPH = "ch1-s1-p7";
    public static final String DELETED_PARAGRAPH = "ch1-s3-p7";
    public static final String ADDED_PARAGRAPH = "ch2-s4-p8";
    public static final String ADDED_TO_SECTION = "ch2-s4";
    public static final String WATER_VALUE = "E.WATER.TOTAL";
    public static final String OLD_WATER = "98,652立方米";
    public static final String NEW_WATER = "97,120立方米";
    public static final String ADDED_TEXT = "2024年，公司组织员工在总部后援中心周边植树1,200棵。";
    static final Instant AT = Instant.parse("2025-04-02T10:00:00Z");

    private SampleEdits() {
    }

    /** The main sample as a project file in {@code dir}, with the version {@code before} named. */
    public static Path sampleWithVersion(Path dir, String before) {
        Path esg = Samples.projectFile(Samples.QINGHE, dir.resolve("qinghe.esg"));
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_WRITE)) {
            file.nameVersion(before, "李审核");
        }
        return esg;
    }

    /** The edits, saved in one revision each as an editor would make them. */
    public static void apply(Path esg) {
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_WRITE)) {
            Project project = file.load();
            Paragraph water = paragraph(project, WATER_PARAGRAPH);
            save(file, project.withReport(ReportEdits.replaceBlock(project.report(), new Paragraph(water.id(),
                    water.text().withZh(water.text().zh().replace(OLD_WATER, NEW_WATER)), water.notes()))), "改用水量");

            project = file.load();
            Paragraph strategy = paragraph(project, STRATEGY_PARAGRAPH);
            LocalizedText reworded = LocalizedText.of(strategy.text().zh().replace("统筹推进", "协同推进"),
                    strategy.text().en().replace("is pursued through", "is delivered through"));
            save(file, project.withReport(ReportEdits.replaceBlock(project.report(), new Paragraph(strategy.id(),
                    reworded, strategy.notes()))), "改写战略段落");

            project = file.load();
            save(file, project.withReport(ReportEdits.removeBlock(project.report(), DELETED_PARAGRAPH)), "删除段落");

            project = file.load();
            int end = ReportQuery.containerBlocks(project.report(), ADDED_TO_SECTION).orElseThrow().size();
            save(file, project.withReport(ReportEdits.insertBlock(project.report(), ADDED_TO_SECTION, end,
                    new Paragraph(ADDED_PARAGRAPH, LocalizedText.zh(ADDED_TEXT)))), "新增段落");

            project = file.load();
            IndicatorValue old = project.data().value(WATER_VALUE, 2024).orElseThrow();
            save(file, project.withData(project.data().withValue(new IndicatorValue(WATER_VALUE, 2024,
                    new BigDecimal("97120"), old.status(), old.note(), old.provenance()))), "更正用水量");
        }
    }

    private static Paragraph paragraph(Project project, String id) {
        return (Paragraph) ReportQuery.block(project.report(), id).orElseThrow();
    }

    private static void save(ProjectFile file, Project next, String summary) {
        if (!file.save(next, "张编辑", summary)) {
            throw new IllegalStateException("the edit \"" + summary + "\" changed nothing");
        }
    }
}
