package org.esgstudio.office;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test workbooks written with POI (the only place tests touch POI): edited copies, encrypted and tampered files. */
public final class TestWorkbooks {
    private TestWorkbooks() {
    }

    /** The committed LibreOffice-made workbooks of src/test/resources/workbooks. */
    public static Path fixture(String name) {
        Path path = Path.of("src", "test", "resources", "workbooks", name).toAbsolutePath();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("tests run from the project folder; " + path + " is missing");
        }
        return path;
    }

    /** A copy of {@code source} written by POI with one numeric cell changed (its style, e.g. "0.00", kept). */
    public static Path withNumber(Path source, Path target, String sheet, String cell, double value) {
        try (InputStream in = Files.newInputStream(source); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            CellReference ref = new CellReference(cell);
            Sheet s = workbook.getSheet(sheet);
            Row row = s.getRow(ref.getRow()) == null ? s.createRow(ref.getRow()) : s.getRow(ref.getRow());
            Cell c = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
            c.setCellValue(value);
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A numeric cell with a number format, e.g. {@code new Formatted(55.8, "0.00")}. */
    public record Formatted(double value, String format) {
    }

    /**
     * A workbook written by POI: sheets by name (in order), rows of cells; a String starting with "=" is a formula,
     * other Strings text, a Number a General number, a {@link Formatted} a formatted number, null an empty cell.
     */
    public static Path written(Path target, Map<String, List<List<Object>>> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            for (Map.Entry<String, List<List<Object>>> entry : sheets.entrySet()) {
                Sheet sheet = workbook.createSheet(entry.getKey());
                for (int r = 0; r < entry.getValue().size(); r++) {
                    Row row = sheet.createRow(r);
                    List<Object> cells = entry.getValue().get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        Object value = cells.get(c);
                        if (value == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (value instanceof String text && text.startsWith("=")) {
                            cell.setCellFormula(text.substring(1));
                        } else if (value instanceof String text) {
                            cell.setCellValue(text);
                        } else if (value instanceof Number number) {
                            cell.setCellValue(number.doubleValue());
                        } else if (value instanceof Formatted formatted) {
                            CellStyle style = workbook.createCellStyle();
                            style.setDataFormat(workbook.createDataFormat().getFormat(formatted.format()));
                            cell.setCellStyle(style);
                            cell.setCellValue(formatted.value());
                        } else {
                            throw new IllegalArgumentException("cell value " + value);
                        }
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code source} encrypted with a password to open, as Excel does (agile encryption in an OLE2 container). */
    public static Path encrypted(Path source, Path target, String password) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream encrypted = encryptor.getDataStream(fs)) {
                Files.copy(source, encrypted);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                fs.writeFilesystem(out);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the zip {@code source} with some entries' text rewritten (entry name → edit). */
    public static Path withEntries(Path source, Path target, Map<String, UnaryOperator<String>> edits) {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                UnaryOperator<String> edit = edits.get(entry.getName());
                if (edit != null) {
                    bytes = edit.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The zip with one entry's compression method changed in its local header and its central directory entry (the
     * data is left as it is: the method alone decides which decoder is asked for).
     */
    public static byte[] withCompressionMethod(byte[] zip, String entry, int method) {
        byte[] copy = zip.clone();
        byte[] name = entry.getBytes(StandardCharsets.UTF_8);
        int patched = 0;
        for (int at = 0; at + 46 <= copy.length; at++) {
            int signature = (copy[at] & 0xFF) | (copy[at + 1] & 0xFF) << 8 | (copy[at + 2] & 0xFF) << 16 | (copy[at + 3] & 0xFF) << 24;
            int nameAt;
            int methodAt;
            if (signature == 0x04034b50) {
                nameAt = at + 30;
                methodAt = at + 8;
            } else if (signature == 0x02014b50) {
                nameAt = at + 46;
                methodAt = at + 10;
            } else {
                continue;
            }
            int nameLength = (copy[nameAt - (signature == 0x04034b50 ? 4 : 18)] & 0xFF)
                    | (copy[nameAt - (signature == 0x04034b50 ? 3 : 17)] & 0xFF) << 8;
            if (nameLength == name.length && nameAt + nameLength <= copy.length
                    && Arrays.equals(copy, nameAt, nameAt + nameLength, name, 0, name.length)) {
                copy[methodAt] = (byte) method;
                copy[methodAt + 1] = (byte) (method >> 8);
                patched++;
            }
        }
        if (patched != 2) {
            throw new IllegalStateException("found " + patched + " headers of " + entry + " instead of 2");
        }
        return copy;
    }
}
