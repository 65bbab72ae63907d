package org.esgstudio.layout.theme;

import java.util.Objects;
import org.esgstudio.model.LocalizedText;

/** A print design: page geometry, fonts, type sizes and colours (read from assets/themes/NAME.json). */
public record Theme(String name, LocalizedText displayName, PageGeometry page, ThemeFonts fonts, ThemeSizes sizes,
                    ThemeColors colors) {
    public Theme {
        Objects.requireNonNull(name, "name");
        displayName = LocalizedText.orEmpty(displayName);
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(fonts, "fonts");
        Objects.requireNonNull(sizes, "sizes");
        Objects.requireNonNull(colors, "colors");
    }
}
