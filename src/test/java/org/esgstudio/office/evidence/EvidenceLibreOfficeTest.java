package org.esgstudio.office.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.esgstudio.i18n.Messages;
import org.esgstudio.office.template.Soffice;
import org.esgstudio.review.LineageFixture;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LibreOffice (as an assurer without Excel would use) opens the evidence list and saves it with its content intact. */
class EvidenceLibreOfficeTest {
    @TempDir
    Path dir;

    @Test
    void libreOfficeOpensTheEvidenceListAndKeepsItsSheetsFiguresAndDates() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Soffice.executable().isPresent(), "LibreOffice (soffice) is not installed");
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        Path esg = LineageFixture.waterThroughFourHands(dir);
        Path xlsx = dir.resolve("evidence.xlsx");
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_ONLY)) {
            EvidenceExport.write(file.load(), file, 2024, xlsx, ZoneId.of("Asia/Shanghai"));
        }

        Path saved = Soffice.convert(List.of(xlsx), dir.resolve("lo"), "xlsx").get(0);

        try (InputStream in = Files.newInputStream(saved); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheetName(0)).isEqualTo("证据清单");
            assertThat(book.getSheetName(1)).isEqualTo("变更记录");
            XSSFSheet values = book.getSheetAt(0);
            assertThat(values.getRow(0).getCell(0).getStringCellValue()).isEqualTo("指标编码");
            XSSFRow water = null;
            for (int r = 1; r <= values.getLastRowNum() && water == null; r++) {
                XSSFRow row = values.getRow(r);
                if (row.getCell(0).getStringCellValue().equals(LineageFixture.WATER)
                        && row.getCell(2).getNumericCellValue() == 2024) {
                    water = row;
                }
            }
            assertThat((Object) water).as("the water row of 2024").isNotNull();
            assertThat(water.getCell(3).getNumericCellValue()).isEqualTo(98652.0);
            assertThat(DateUtil.isCellDateFormatted(water.getCell(9))).isTrue();
            assertThat(water.getCell(9).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2025, 3, 5, 14, 45));
            // A headless conversion has no view, so the frozen header (a view setting) is not kept; the filter is.
            assertThat(values.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(book.getSheetAt(1).getLastRowNum()).isGreaterThan(values.getLastRowNum());
        }
    }
}
