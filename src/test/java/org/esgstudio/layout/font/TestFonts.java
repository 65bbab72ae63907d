package org.esgstudio.layout.font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The shipped fonts as the tests read them: classpath resources, as the app does. */
final class TestFonts {
    static final String SANS_REGULAR = "/assets/fonts/NotoSansSC_400Regular.ttf";
    static final String SANS_BOLD = "/assets/fonts/NotoSansSC_700Bold.ttf";
    static final String SERIF_REGULAR = "/assets/fonts/NotoSerif_400Regular.ttf";
    static final String SERIF_ITALIC = "/assets/fonts/NotoSerif_400Regular_Italic.ttf";

    private TestFonts() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = TestFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("test font missing: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TrueTypeFont parse(String resource) {
        return TrueTypeFont.parse(bytes(resource));
    }

    static String hex(int codePoint) {
        return String.format("U+%04X", codePoint);
    }
}
