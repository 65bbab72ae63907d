package org.esgstudio.office;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The parts of an Office file (a zip) by name, and a file made of such parts: what the structure-aware fuzz targets use
 * to put fuzzed XML into an otherwise valid workbook or document, past the zip layer that raw byte mutations rarely get
 * through.
 */
public final class ZipParts {
    private ZipParts() {
    }

    /** The parts of a committed test file, in their order. */
    public static Map<String, byte[]> read(Path file) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (InputStream raw = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(raw)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    /** {@code parts} with {@code name} replaced by {@code content}, as the bytes of a zip file. */
    public static byte[] with(Map<String, byte[]> parts, String name, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(1);
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getKey().equals(name) ? content : part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Which part an XML text is, by its root element: the first of {@code routes} whose marker it contains. */
    public static String route(byte[] xml, Map<String, String> routes, String otherwise) {
        int length = Math.min(xml.length, 512);
        String head = new String(xml, 0, length, java.nio.charset.StandardCharsets.ISO_8859_1);
        for (Map.Entry<String, String> route : routes.entrySet()) {
            if (head.contains(route.getKey())) {
                return route.getValue();
            }
        }
        return otherwise;
    }
}
