package org.esgstudio.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.data.Project;
import org.esgstudio.data.Provenance;
import org.esgstudio.office.DataImport;
import org.esgstudio.office.TestWorkbooks;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.store.Samples;

/**
 * The main sample whose water use of 2024 (E.WATER.TOTAL, 98,652 m³, quoted in ch2-s4-p6) went through four hands: the
 * sample's data.csv (测试员), a department's workbook (王数据, 98,700 with a note), a value typed in the app (李编辑,
 * 98,690) and a corrected CSV (赵统计, back to 98,652). 李审核 approved the workbook's value, so that approval is revoked.
 */
public final class LineageFixture {
    public static final String WATER = "E.WATER.TOTAL";
    public static final int YEAR = 2024;
    public static final String KEY = WATER + "@" + YEAR;
    public static final String WATER_PARAGRAPH = "ch2-s4-p6";
    public static final Instant WORKBOOK_AT = Instant.parse("2025-03-03T02:00:00Z");
    public static final Instant TYPED_AT = Instant.parse("2025-03-04T03:30:00Z");
    public static final Instant CSV_AT = Instant.parse("2025-03-05T06:45:00Z");
    public static final Instant APPROVED_AT = Instant.parse("2025-03-03T09:00:00Z");
    public static final String WORKBOOK_NOTE = "含新食堂用水";

    private LineageFixture() {
    }

    /** Makes the project file {@code dir/water.esg} with its four recorded states of the water value. */
    public static Path waterThroughFourHands(Path dir) {
        Path esg = Samples.projectFile(Samples.QINGHE, dir.resolve("water.esg"));
        Path book = TestWorkbooks.written(dir.resolve("行政部.xlsx"), Map.of("指标数据", List.of(
                List.of("指标编码", "指标名称", "单位", "2024", "备注"),
                List.of(WATER, "用水量", "立方米", 98700, WORKBOOK_NOTE))));
        Path csv = dir.resolve("用水更正.csv");
        try {
            Files.writeString(csv, "指标编码,指标名称,单位,2024,备注\n" + WATER + ",用水量,立方米,98652,\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_WRITE)) {
            importData(file, book, "王数据", WORKBOOK_AT);
            Project project = file.load();
            file.approve(Approvals.value(project, WATER, YEAR, "李审核", APPROVED_AT).orElseThrow());
            IndicatorValue typed = IndicatorValue.reported(WATER, YEAR, new BigDecimal("98690"), WORKBOOK_NOTE,
                    Provenance.typed("李编辑", TYPED_AT));
            file.save(project.withData(project.data().withValue(typed)), "李编辑", "修改 用水量（2024年）");
            importData(file, csv, "赵统计", CSV_AT);
        }
        return esg;
    }

    private static void importData(ProjectFile file, Path book, String author, Instant at) {
        Project project = file.load();
        DataImport.Result result = DataImport.read(book, project, author, at);
        if (!file.save(project.withData(result.merged()), author, "导入 " + result.fileName())) {
            throw new IllegalStateException(book + " changed nothing");
        }
    }
}
