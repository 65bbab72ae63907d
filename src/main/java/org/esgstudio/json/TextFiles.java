package org.esgstudio.json;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.esgstudio.i18n.UserFacingException;

/** Reads text files strictly as UTF-8, so that a file in another encoding is named rather than garbled. */
final class TextFiles {
    static final long MAX_TEXT_BYTES = 64L * 1024 * 1024;

    private TextFiles() {
    }

    static String readUtf8(Path file) {
        try {
            if (Files.size(file) > MAX_TEXT_BYTES) {
                throw new UserFacingException("file.tooLarge", file, MAX_TEXT_BYTES / (1024 * 1024));
            }
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UserFacingException(e, "file.notUtf8", file);
        } catch (IOException e) {
            throw new UserFacingException(e, "file.unreadable", file, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
