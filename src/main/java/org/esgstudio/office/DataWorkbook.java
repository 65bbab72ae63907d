package org.esgstudio.office;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.formula.CollaboratingWorkbooksEnvironment;
import org.apache.poi.ss.formula.FormulaParseException;
import org.apache.poi.ss.formula.FormulaParser;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.formula.eval.NotImplementedException;
import org.apache.poi.ss.formula.eval.NotImplementedFunctionException;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.Pxg;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xssf.model.ExternalLinksTable;
import org.apache.poi.xssf.usermodel.XSSFEvaluationWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.esgstudio.data.CellRef;
import org.esgstudio.data.CsvText;
import org.esgstudio.i18n.InputRejectedException;
import org.esgstudio.i18n.Messages;
import org.esgstudio.i18n.Problem;
import org.esgstudio.i18n.UserFacingException;

/**
 * Reads a KPI data workbook (.xlsx, DESIGN.md "KPI data workbook") into rows of cell text: the data sheet
 * ({@code 指标数据}, else the first sheet) and the optional rules sheet ({@code 校验规则}, or "Rules"). The text of a
 * cell is what its reader sees, minus decoration: formulas are evaluated, a number keeps the decimals its format
 * shows ({@code 0.00} → "55.80"), percentages read as "12.50%", currency signs, units and thousands separators in the
 * format are left out, formula errors read as their error text ("#DIV/0!"), and a merged cell's text fills the rows it
 * spans. Checking the text (numbers, codes, units) is {@link org.esgstudio.data.DataSheet}'s job.
 *
 * <p>Only plain, self-contained .xlsx files are read: {@link OfficePackage} refuses a file over {@link #MAX_BYTES},
 * an encrypted workbook, an old binary .xls, an .ods and a damaged or truncated zip; a formula linked to another file
 * is refused here. Each message names the file (and the cell).
 */
public final class DataWorkbook {
    /** The size limit of {@link OfficePackage}: anything this big is the wrong file or an attack. */
    public static final long MAX_BYTES = OfficePackage.MAX_BYTES;
    /**
     * The most rows (and cells, and distinct texts) a workbook's sheets may hold together. A KPI workbook has a few
     * hundred rows and a few thousand cells; POI needs about 1 kB of memory per cell, so these keep the largest
     * acceptable workbook within a few hundred MB.
     */
    public static final long MAX_ROWS = 100_000;
    public static final long MAX_CELLS = 200_000;
    private static final String WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    private static final String SHARED_STRINGS =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
    public static final String DATA_SHEET = "指标数据";
    public static final String RULES_SHEET = "校验规则";
    /** The (very) hidden sheet a data-collection template records its layout in (office.template). */
    public static final String TEMPLATE_SHEET = "ESG模板信息";
    private static final String RULES_SHEET_EN = "Rules";
    /**
     * A reference into another workbook as Excel writes it, {@code [1]Sheet1!B2} (a link's number) or, when the link
     * is missing, {@code [other.xlsx]Sheet1!A1} or {@code 'C:\data\[other.xlsx]Sheet 1'!A1}: a bracketed book, then a
     * sheet name and {@code !}. Table references ({@code Table1[[#This Row],[Col]]}) have no {@code !} after the bracket.
     */
    private static final Pattern EXTERNAL_BOOK = Pattern.compile("\\[([^\\[\\]#]+)\\][^!\\[\\]()\"]*!");

    /** One sheet's rows as cell text; {@code Record.line()} is the sheet's 1-based row number. */
    public record Sheet(String name, List<CsvText.Record> rows) {
        public Sheet {
            rows = List.copyOf(rows);
        }
    }

    /**
     * The data sheet and, when the workbook has one, the rules sheet; the names of all sheets in tab order, and the
     * hidden sheet that marks a data-collection template ({@link #TEMPLATE_SHEET}) when there is one.
     */
    public record Contents(String fileName, Sheet data, Optional<Sheet> rules, List<String> sheetNames,
                           Optional<Sheet> template) {
        public Contents {
            sheetNames = List.copyOf(sheetNames);
        }
    }

    private final Path file;
    private final String fileName;
    private final XSSFWorkbook workbook;
    private final FormulaEvaluator evaluator;
    private final DataFormatter dates = new DataFormatter(Locale.ROOT);
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, String> formulaTexts = new HashMap<>();

    private DataWorkbook(Path file, XSSFWorkbook workbook) {
        this.file = file;
        this.fileName = file.getFileName().toString();
        this.workbook = workbook;
        this.evaluator = workbook.getCreationHelper().createFormulaEvaluator();
    }

    /** Reads the workbook's data and rules sheets; any problem refuses the whole file. */
    public static Contents read(Path file) {
        OPCPackage pkg = OfficePackage.open(file, OfficePackage.Kind.SPREADSHEET);
        XSSFWorkbook workbook;
        try {
            checkSize(pkg, file);
            try {
                workbook = new XSSFWorkbook(pkg);
            } catch (IOException | POIXMLException | OpenXML4JRuntimeException
                     | RecordFormatException | IllegalStateException | IllegalArgumentException
                     | UnsupportedOperationException | ClassCastException e) {
                throw OfficePackage.damaged(file, OfficePackage.Kind.SPREADSHEET, e);
            } catch (NoClassDefFoundError e) {
                throw OfficePackage.damaged(file, OfficePackage.Kind.SPREADSHEET, OfficePackage.unsupportedCompression(e));
            }
            return new DataWorkbook(file, workbook).contents();
        } finally {
            // Opened read-only: revert, never close (closing saves), so nothing is written back into the user's file.
            pkg.revert();
        }
    }

    /**
     * Refuses a workbook with more rows or cells than {@link #MAX_ROWS} and {@link #MAX_CELLS} before POI builds it in
     * memory (it would take gigabytes), by streaming its sheets and shared strings ({@link PartScan}).
     */
    private static void checkSize(OPCPackage pkg, Path file) {
        Optional<String> over;
        try {
            over = PartScan.overLimit(pkg, Set.of(WORKSHEET, SHARED_STRINGS),
                    Map.of("row", MAX_ROWS, "c", MAX_CELLS, "si", MAX_CELLS));
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw OfficePackage.damaged(file, OfficePackage.Kind.SPREADSHEET, e);
        }
        if (over.isPresent()) {
            throw new UserFacingException("guard.workbook.tooLarge", file, MAX_ROWS, MAX_CELLS);
        }
    }

    /** The innermost useful exception message, on one line. */
    private static String detail(Throwable e) {
        return OfficePackage.detail(e);
    }

    private Contents contents() {
        if (workbook.getNumberOfSheets() == 0) {
            throw new UserFacingException("workbook.noSheets", file);
        }
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (workbook.getSheetName(i) == null) {
                // The name is required by the file format; no spreadsheet program writes a sheet without one.
                throw OfficePackage.damaged(file, OfficePackage.Kind.SPREADSHEET,
                        new IllegalStateException(Messages.get("office.detail.sheetWithoutName", i + 1)));
            }
        }
        XSSFSheet dataSheet = workbook.getSheet(DATA_SHEET);
        if (dataSheet == null) {
            dataSheet = workbook.getSheetAt(0);
        }
        XSSFSheet rulesSheet = workbook.getSheet(RULES_SHEET);
        if (rulesSheet == null) {
            rulesSheet = workbook.getSheet(RULES_SHEET_EN);
        }
        if (rulesSheet == dataSheet) {
            rulesSheet = null;
        }
        Sheet data = sheet(dataSheet);
        Optional<Sheet> rules = rulesSheet == null ? Optional.empty() : Optional.of(sheet(rulesSheet));
        XSSFSheet templateSheet = workbook.getSheet(TEMPLATE_SHEET);
        Optional<Sheet> template = templateSheet == null || templateSheet == dataSheet ? Optional.empty()
                : Optional.of(sheet(templateSheet));
        if (!problems.isEmpty()) {
            throw new InputRejectedException(fileName, problems);
        }
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return new Contents(fileName, data, rules, names, template);
    }

    /**
     * Every non-blank row of a sheet as text, numbered as in the sheet; blank rows (and trailing blank cells, which
     * formatting alone creates) are left out, so the header comes first.
     */
    private Sheet sheet(XSSFSheet sheet) {
        String place = fileName + " › " + sheet.getSheetName();
        Map<Long, String> merged = mergedTexts(sheet, place);
        Map<Integer, Integer> mergedWidths = new HashMap<>();
        merged.keySet().forEach(k -> mergedWidths.merge((int) (k >>> 32), (int) (k & 0xFFFFFFFFL) + 1, Math::max));
        List<CsvText.Record> rows = new ArrayList<>();
        for (int r = Math.max(0, sheet.getFirstRowNum()); r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            int width = Math.max(row == null ? 0 : row.getLastCellNum(), mergedWidths.getOrDefault(r, 0));
            List<String> fields = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                String inherited = merged.get(key(r, c));
                fields.add(inherited != null ? inherited : text(row == null ? null : row.getCell(c), place));
            }
            while (!fields.isEmpty() && fields.get(fields.size() - 1).isEmpty()) {
                fields.remove(fields.size() - 1);
            }
            CsvText.Record record = new CsvText.Record(r + 1, fields);
            if (!record.isBlank()) {
                rows.add(record);
            }
        }
        return new Sheet(sheet.getSheetName(), rows);
    }

    /**
     * POI's merged regions of a sheet. POI throws NullPointerException for a {@code <mergeCell>} without its ref, and
     * IllegalArgumentException for one whose range runs backwards ({@code E4:E3}; both found by WorkbookFuzzTest);
     * within this one call either can only be POI's: the sheet is damaged.
     */
    private List<CellRangeAddress> mergedRegions(XSSFSheet sheet) {
        try {
            return sheet.getMergedRegions();
        } catch (NullPointerException e) {
            throw OfficePackage.damaged(file, OfficePackage.Kind.SPREADSHEET,
                    new IllegalStateException(Messages.get("office.detail.mergeWithoutReference", sheet.getSheetName())));
        } catch (IllegalArgumentException e) {
            throw OfficePackage.damaged(file, OfficePackage.Kind.SPREADSHEET,
                    new IllegalStateException(Messages.get("office.detail.mergeInvalid", sheet.getSheetName())));
        }
    }

    /**
     * Cells covered by a merged region take the text of its top-left cell when they lie in its first column (a
     * category merged over several rows applies to each row); the other columns of a region stay blank, so that a
     * header merged across columns is not read as two columns of the same name.
     */
    private Map<Long, String> mergedTexts(XSSFSheet sheet, String place) {
        Map<Long, String> texts = new HashMap<>();
        for (CellRangeAddress region : mergedRegions(sheet)) {
            if (region.getFirstRow() == region.getLastRow()) {
                continue;
            }
            Row top = sheet.getRow(region.getFirstRow());
            Cell cell = top == null ? null : top.getCell(region.getFirstColumn());
            String text = text(cell, place);
            // Rows below the sheet's last row are never read: a region over the whole grid costs nothing.
            int last = Math.min(region.getLastRow(), sheet.getLastRowNum());
            for (int r = region.getFirstRow() + 1; r <= last; r++) {
                texts.put(key(r, region.getFirstColumn()), text);
            }
        }
        return texts;
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | column;
    }

    /** The text of one cell as its reader sees it, minus number decoration. */
    private String text(Cell cell, String place) {
        if (cell == null) {
            return "";
        }
        String where = place + "!" + CellRef.of(cell.getColumnIndex(), cell.getRowIndex() + 1);
        try {
            String text = storedText(cell, place);
            if (text == null) {
                // A text cell whose shared string holds no text element: POI gives null.
                problems.add(new Problem(where, "workbook.cellUnreadable", Messages.get("office.detail.noTextStored")));
                return "";
            }
            return text;
        } catch (IllegalStateException | IllegalArgumentException e) {
            // POI cannot read what the cell stores: an unknown cell type (t="Ks") or a number cell whose value is not a
            // number. No spreadsheet program writes either; the file was damaged or made by hand.
            problems.add(new Problem(where, "workbook.cellUnreadable", detail(e)));
            return "";
        }
    }

    /**
     * POI's reading of a text cell. POI throws NullPointerException on some malformed rich text (a run whose font has
     * no name, found by WorkbookFuzzTest); within this one call it can only be POI's, so it is an unreadable cell.
     * (Checking the exception's stack instead fails: a hot NullPointerException comes without a stack.)
     */
    private static String stringValue(Cell cell) {
        try {
            return cell.getStringCellValue();
        } catch (NullPointerException e) {
            throw new IllegalStateException(Messages.get("office.detail.fontWithoutName"));
        }
    }

    private String storedText(Cell cell, String place) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            return formulaText(cell, place);
        }
        return switch (type) {
            case STRING -> stringValue(cell);
            case NUMERIC -> numeric(cell, cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> errorText(cell.getErrorCellValue());
            default -> "";
        };
    }

    /** A formula's result as text; each formula is evaluated (and a problem with it reported) once. */
    private String formulaText(Cell cell, String place) {
        String where = place + "!" + CellRef.of(cell.getColumnIndex(), cell.getRowIndex() + 1);
        return formulaTexts.computeIfAbsent(where, w -> evaluate(cell, w));
    }

    private String evaluate(Cell cell, String where) {
        String formula = cell.getCellFormula();
        Optional<String> external = externalFile(formula, cell);
        if (external.isPresent()) {
            problems.add(new Problem(where, "workbook.externalLink", "=" + formula, external.get()));
            return "";
        }
        CellValue value;
        try {
            value = evaluator.evaluate(cell);
        } catch (RuntimeException e) {
            problems.add(formulaProblem(where, formula, e));
            return "";
        }
        if (value == null) {
            return "";
        }
        if (value.getCellType() == CellType.ERROR && value.getErrorValue() == FormulaError.CIRCULAR_REF.getCode()) {
            problems.add(new Problem(where, "guard.workbook.circular", "=" + formula));
            return "";
        }
        return switch (value.getCellType()) {
            case STRING -> value.getStringValue();
            case NUMERIC -> numeric(cell, value.getNumberValue());
            case BOOLEAN -> value.getBooleanValue() ? "TRUE" : "FALSE";
            case ERROR -> errorText(value.getErrorValue());
            default -> "";
        };
    }

    private Problem formulaProblem(String where, String formula, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CollaboratingWorkbooksEnvironment.WorkbookNotFoundException) {
                return new Problem(where, "workbook.externalLink", "=" + formula, detail(t));
            }
            if (t instanceof NotImplementedFunctionException missing) {
                return new Problem(where, "workbook.unsupportedFunction", "=" + formula, missing.getFunctionName());
            }
            if (t instanceof NotImplementedException) {
                return new Problem(where, "workbook.unsupportedFunction", "=" + formula, detail(t));
            }
        }
        return new Problem(where, "workbook.formulaFailed", "=" + formula, detail(e));
    }

    /** The file a formula reaches into, when it refers to another workbook ({@code [1]Sheet1!B2}). */
    private Optional<String> externalFile(String formula, Cell cell) {
        Matcher bracketed = EXTERNAL_BOOK.matcher(formula.replaceAll("\"[^\"]*\"", "\"\""));
        if (bracketed.find()) {
            String book = bracketed.group(1);
            return Optional.of(book.matches("\\d+") ? linkedFile(Integer.parseInt(book))
                    : book.substring(Math.max(book.lastIndexOf('/'), book.lastIndexOf('\\')) + 1));
        }
        Ptg[] tokens;
        try {
            tokens = FormulaParser.parse(formula, XSSFEvaluationWorkbook.create(workbook), FormulaType.CELL,
                    workbook.getSheetIndex(cell.getSheet()), cell.getRowIndex());
        } catch (FormulaParseException | IllegalStateException | IllegalArgumentException e) {
            // Unparsable here: a bracketed book number is the mark of an external reference.
            return formula.matches("(?s).*\\[\\d+\\].*") ? Optional.of(linkedFile(1)) : Optional.empty();
        }
        for (Ptg token : tokens) {
            if (token instanceof Pxg pxg && pxg.getExternalWorkbookNumber() > 0) {
                return Optional.of(linkedFile(pxg.getExternalWorkbookNumber()));
            }
        }
        return Optional.empty();
    }

    private String linkedFile(int number) {
        List<ExternalLinksTable> links = workbook.getExternalLinksTable();
        if (number >= 1 && number <= links.size()) {
            String name = links.get(number - 1).getLinkedFileName();
            name = name == null ? null : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return "[" + number + "]";
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException unknown) {
            return "#ERROR!";
        }
    }

    /** A number as its format shows it, exactly: dates as the formatter writes them. */
    private String numeric(Cell cell, double value) {
        String format = cell.getCellStyle() == null ? "General" : cell.getCellStyle().getDataFormatString();
        short index = cell.getCellStyle() == null ? 0 : cell.getCellStyle().getDataFormat();
        if (format != null && DateUtil.isADateFormat(index, format) && DateUtil.isValidExcelDate(value)) {
            return cell.getCellType() == CellType.FORMULA ? dates.formatCellValue(cell, evaluator)
                    : dates.formatCellValue(cell);
        }
        return SheetNumbers.text(value, format);
    }
}
