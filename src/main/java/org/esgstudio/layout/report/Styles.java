package org.esgstudio.layout.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.esgstudio.layout.Rgb;
import org.esgstudio.layout.font.FontMetrics;
import org.esgstudio.layout.text.TextStyle;
import org.esgstudio.layout.theme.Theme;
import org.esgstudio.layout.theme.ThemeColors;
import org.esgstudio.layout.theme.ThemeSizes;
import org.esgstudio.model.Language;

/**
 * The text style of every role in each language, derived from the theme: Chinese is set in the sans face (which
 * also covers Latin), English in the theme's Latin face with the sans face as fallback for any Chinese in it.
 */
public final class Styles {
    private final Theme theme;
    private final Map<Role, TextStyle> zh = new EnumMap<>(Role.class);
    private final Map<Role, TextStyle> en = new EnumMap<>(Role.class);
    private final Map<Role, Double> leading = new EnumMap<>(Role.class);

    public Styles(Theme theme, FontSource fonts) {
        this.theme = theme;
        FontMetrics sans = fonts.metrics(theme.fonts().sans());
        FontMetrics sansBold = fonts.metrics(theme.fonts().sansBold());
        FontMetrics latin = fonts.metrics(theme.fonts().latin());
        FontMetrics latinBold = fonts.metrics(theme.fonts().latinBold());
        ThemeSizes s = theme.sizes();
        ThemeColors c = theme.colors();
        define(Role.BODY, s.body(), false, c.text(), s.leading(), sans, sansBold, latin, latinBold);
        define(Role.BODY_BOLD, s.body(), true, c.text(), s.leading(), sans, sansBold, latin, latinBold);
        define(Role.LEAD, s.body() + 0.5, false, c.primary(), s.leading(), sans, sansBold, latin, latinBold);
        define(Role.H1, s.h1(), true, c.primary(), 1.3, sans, sansBold, latin, latinBold);
        define(Role.H2, s.h2(), true, c.primary(), 1.4, sans, sansBold, latin, latinBold);
        define(Role.H3, s.h3(), true, c.text(), 1.5, sans, sansBold, latin, latinBold);
        define(Role.H4, s.body() + 0.5, true, c.secondary(), 1.6, sans, sansBold, latin, latinBold);
        define(Role.CAPTION, s.caption(), false, c.muted(), 1.5, sans, sansBold, latin, latinBold);
        define(Role.FOOTNOTE, s.footnote(), false, c.text(), 1.5, sans, sansBold, latin, latinBold);
        define(Role.TABLE, s.table(), false, c.text(), 1.45, sans, sansBold, latin, latinBold);
        define(Role.TABLE_BOLD, s.table(), true, c.text(), 1.45, sans, sansBold, latin, latinBold);
        define(Role.TABLE_HEAD, s.table(), true, Rgb.WHITE, 1.45, sans, sansBold, latin, latinBold);
        define(Role.HEADER, s.header(), false, c.muted(), 1.3, sans, sansBold, latin, latinBold);
        define(Role.SECONDARY, s.body() - 0.5, false, c.muted(), 1.6, sans, sansBold, latin, latinBold);
        define(Role.FIGURE_VALUE, 22, true, c.primary(), 1.1, sans, sansBold, latin, latinBold);
        define(Role.FIGURE_UNIT, 9, false, c.primary(), 1.2, sans, sansBold, latin, latinBold);
        define(Role.FIGURE_LABEL, s.caption() + 0.5, false, c.text(), 1.45, sans, sansBold, latin, latinBold);
        define(Role.COVER_TITLE, s.cover(), true, Rgb.WHITE, 1.3, sans, sansBold, latin, latinBold);
        define(Role.COVER_SUB, 12, false, Rgb.WHITE, 1.5, sans, sansBold, latin, latinBold);
        define(Role.OPENER_NUMBER, 96, true, Rgb.WHITE, 1.0, sans, sansBold, latin, latinBold);
        define(Role.OPENER_TITLE, 26, true, Rgb.WHITE, 1.3, sans, sansBold, latin, latinBold);
        define(Role.OPENER_TEXT, s.body() + 1, false, Rgb.WHITE, 1.85, sans, sansBold, latin, latinBold);
        define(Role.TOC_CHAPTER, s.body() + 1.5, true, c.primary(), 1.9, sans, sansBold, latin, latinBold);
        define(Role.TOC_ENTRY, s.body(), false, c.text(), 1.9, sans, sansBold, latin, latinBold);
        define(Role.LABEL, 7.5, true, Rgb.WHITE, 1.3, sans, sansBold, latin, latinBold);
    }

    private void define(Role role, double size, boolean bold, Rgb color, double lineFactor, FontMetrics sans,
                        FontMetrics sansBold, FontMetrics latin, FontMetrics latinBold) {
        FontMetrics chinese = bold ? sansBold : sans;
        FontMetrics english = bold ? latinBold : latin;
        zh.put(role, new TextStyle(chinese, List.of(english), size, color, 0));
        en.put(role, new TextStyle(english, List.of(chinese), size, color, 0));
        leading.put(role, lineFactor);
    }

    public TextStyle style(Role role, Language language) {
        return (language == Language.EN ? en : zh).get(role);
    }

    /** The bold variant of a role's style (for emphasis). */
    public TextStyle bold(Role role, Language language) {
        TextStyle regular = style(role, language);
        TextStyle bodyBold = style(Role.BODY_BOLD, language);
        return regular.withFont(bodyBold.font()).withSize(regular.size());
    }

    /** Baseline-to-baseline distance of a role, in points. */
    public double lineHeight(Role role) {
        return zh.get(role).size() * leading.get(role);
    }

    public Theme theme() {
        return theme;
    }

    public ThemeColors colors() {
        return theme.colors();
    }
}
