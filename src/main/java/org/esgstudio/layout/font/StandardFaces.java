package org.esgstudio.layout.font;

import java.util.List;

/** The fonts shipped in the jar (assets/fonts): Noto Sans SC for Chinese text, Noto Serif for English editions. */
public final class StandardFaces {
    public static final FontFace SANS_REGULAR = new FontFace("sans-regular", "/assets/fonts/NotoSansSC_400Regular.ttf");
    public static final FontFace SANS_BOLD = new FontFace("sans-bold", "/assets/fonts/NotoSansSC_700Bold.ttf");
    public static final FontFace SERIF_REGULAR = new FontFace("serif-regular", "/assets/fonts/NotoSerif_400Regular.ttf");
    public static final FontFace SERIF_BOLD = new FontFace("serif-bold", "/assets/fonts/NotoSerif_700Bold.ttf");
    public static final FontFace SERIF_ITALIC = new FontFace("serif-italic",
            "/assets/fonts/NotoSerif_400Regular_Italic.ttf");

    /** All standard faces, sans first. */
    public static final List<FontFace> ALL = List.of(SANS_REGULAR, SANS_BOLD, SERIF_REGULAR, SERIF_BOLD, SERIF_ITALIC);

    private StandardFaces() {
    }

    /** The standard face with this key (as themes name them), or a message listing the keys. */
    public static FontFace byKey(String key) {
        for (FontFace face : ALL) {
            if (face.key().equals(key)) {
                return face;
            }
        }
        throw new org.esgstudio.i18n.UserFacingException("font.unknownKey", key,
                String.join(", ", ALL.stream().map(FontFace::key).toList()));
    }
}
