package org.esgstudio.office.draft;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The committed LibreOffice-made drafts of src/test/resources/office/draft. */
final class TestDrafts {
    private TestDrafts() {
    }

    static Path fixture(String name) {
        Path path = Path.of("src", "test", "resources", "office", "draft", name).toAbsolutePath();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("tests run from the project folder; " + path + " is missing");
        }
        return path;
    }

    /** The acceptance draft: Heading 1–3, bold, italic, a footnote, tables, a picture, lists, two case studies. */
    static Path greenOperations() {
        return fixture("green-operations.docx");
    }

    /** The bytes of the picture embedded (as base64) in the draft's flat ODT source. */
    static byte[] greenOperationsPicture() {
        try {
            String source = Files.readString(fixture("green-operations.fodt"));
            Matcher m = Pattern.compile("<office:binary-data>([^<]+)</office:binary-data>").matcher(source);
            if (!m.find()) {
                throw new IllegalStateException("no picture in green-operations.fodt");
            }
            return Base64.getMimeDecoder().decode(m.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
