package org.esgstudio.office.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.data.Project;
import org.esgstudio.data.ValueStatus;
import org.esgstudio.i18n.Messages;
import org.esgstudio.office.DataImport;
import org.esgstudio.office.DataWorkbook;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template saved by LibreOffice (what a WPS or LibreOffice user's save does) still imports: LibreOffice has no
 * "very hidden" sheets and writes the marker sheet as merely hidden, but keeps it, its text, the protection and the
 * validations; the values read are those of the file as filled.
 */
class TemplateLibreOfficeTest {
    @TempDir
    static Path dir;

    private static Project project;
    private static Path filled;
    private static Path savedByLibreOffice;
    private static Path blankSavedByLibreOffice;

    @BeforeAll
    static void fillTheTemplateAndSaveItWithLibreOffice() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Soffice.executable().isPresent(), "LibreOffice (soffice) is not installed");
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        project = Samples.read(Samples.QINGHE);
        Path template = TemplateExport.write(project, "人力资源部", 2024, dir.resolve("hr.xlsx")).file();
        try (FilledTemplate person = FilledTemplate.open(template)) {
            person.number("S.EMP.TOTAL", 6302)
                    .text("S.EMP.MALE", "3,190")
                    .text("S.EMP.FEMALE", "３１１２")
                    .percent("S.EMP.FEMALE_RATIO", 0.4938)
                    .text("S.TRAIN.HOURS", "38.5万")
                    .text("S.EMP.NEW_HIRES.CAMPUS", "不适用").note("S.EMP.NEW_HIRES.CAMPUS", "本年度未开展校园招聘");
            filled = person.saveAs(dir.resolve("hr-filled.xlsx"));
        }
        java.util.List<Path> converted = Soffice.convert(java.util.List.of(filled, template), dir.resolve("lo"), "xlsx");
        savedByLibreOffice = converted.get(0);
        blankSavedByLibreOffice = converted.get(1);
    }

    private static DataImport.Result imported(Path file) {
        return DataImport.read(file, project, Samples.AUTHOR, Samples.READ_AT);
    }

    @Test
    void theMarkerSheetSurvivesAsAHiddenSheetWithTheDataSheetStillProtectedAndValidated() throws IOException {
        try (InputStream in = Files.newInputStream(savedByLibreOffice); XSSFWorkbook book = new XSSFWorkbook(in)) {
            int marker = book.getSheetIndex(DataWorkbook.TEMPLATE_SHEET);
            assertThat(marker).isNotNegative();
            assertThat(book.getSheetVisibility(marker)).isIn(SheetVisibility.HIDDEN, SheetVisibility.VERY_HIDDEN);
            XSSFSheet data = book.getSheet(DataWorkbook.DATA_SHEET);
            assertThat(data.getProtect()).isTrue();
            assertThat(data.getDataValidations()).hasSize(32);
            assertThat(data.getRow(1).getCell(5).getCellStyle().getLocked()).isFalse();
            assertThat(data.getRow(1).getCell(4).getCellStyle().getLocked()).isTrue();
        }
    }

    @Test
    void theFilledTemplateSavedByLibreOfficeImportsTheSameValuesWithTheirCells() {
        DataImport.Result direct = imported(filled);
        DataImport.Result viaLibreOffice = imported(savedByLibreOffice);

        assertThat(viaLibreOffice.valuesChanged()).isEqualTo(direct.valuesChanged()).isEqualTo(6);
        for (IndicatorValue value : direct.incoming().values()) {
            IndicatorValue same = viaLibreOffice.incoming().value(value.code(), value.year()).orElseThrow();
            assertThat(same.sameContentAs(value)).as(value.code()).isTrue();
            assertThat(same.provenance().cell()).isEqualTo(value.provenance().cell());
        }
        assertThat(viaLibreOffice.merged().value("S.EMP.FEMALE_RATIO", 2024).orElseThrow().amount())
                .isEqualByComparingTo("49.38");
        assertThat(viaLibreOffice.merged().value("S.TRAIN.HOURS", 2024).orElseThrow().amount())
                .isEqualByComparingTo("385000");
        assertThat(viaLibreOffice.merged().value("S.EMP.NEW_HIRES.CAMPUS", 2024).orElseThrow().status())
                .isEqualTo(ValueStatus.NOT_APPLICABLE);
    }

    @Test
    void theUnfilledTemplateSavedByLibreOfficeChangesNothing() {
        assertThat(imported(blankSavedByLibreOffice).changesNothing()).isTrue();
    }
}
