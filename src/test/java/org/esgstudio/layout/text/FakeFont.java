package org.esgstudio.layout.text;

import java.util.Set;
import java.util.stream.Collectors;
import org.esgstudio.layout.font.FontFace;
import org.esgstudio.layout.font.FontMetrics;

/**
 * A font with simple, exact metrics for tests: CJK ideographs and full-width punctuation 1 em (closing marks with
 * their ink in the left half, opening marks in the right half, interpuncts centred), Latin letters 0.5 em, digits
 * 0.55 em, space 0.25 em, ASCII punctuation 0.3 em, anything else 0.6 em. It can be made to lack code points.
 */
final class FakeFont implements FontMetrics {
    private static final String INK_LEFT = "，。、；：！？）」』》】〕〉”’";
    private static final String INK_RIGHT = "（「『《【〔〈“‘";
    private static final String CENTRED = "·・";

    private final String key;
    private final Set<Integer> missing;
    private final boolean onlyMissing;

    private FakeFont(String key, Set<Integer> codePoints, boolean onlyMissing) {
        this.key = key;
        this.missing = codePoints;
        this.onlyMissing = onlyMissing;
    }

    /** A font with every glyph. */
    static FakeFont complete() {
        return new FakeFont("fake", Set.of(), true);
    }

    /** A font lacking the characters of {@code lacking}. */
    static FakeFont lacking(String key, String lacking) {
        return new FakeFont(key, lacking.codePoints().boxed().collect(Collectors.toSet()), true);
    }

    /** A font that has only the characters of {@code having}. */
    static FakeFont having(String key, String having) {
        return new FakeFont(key, having.codePoints().boxed().collect(Collectors.toSet()), false);
    }

    @Override
    public FontFace face() {
        return new FontFace(key, key + ".ttf");
    }

    @Override
    public boolean hasGlyph(int codePoint) {
        return onlyMissing != missing.contains(codePoint);
    }

    /** Advance in ems. */
    static double em(int cp) {
        if (cp == ' ') {
            return 0.25;
        }
        if (cp >= '0' && cp <= '9') {
            return 0.55;
        }
        if (cp >= 'A' && cp <= 'Z' || cp >= 'a' && cp <= 'z') {
            return 0.5;
        }
        if (cp < 128) {
            return cp == '%' ? 0.8 : 0.3;
        }
        if (INK_LEFT.indexOf(cp) >= 0 || INK_RIGHT.indexOf(cp) >= 0 || CENTRED.indexOf(cp) >= 0
                || cp == '…' || cp == '—' || cp == '％' || cp == 0xFFFD) {
            return 1;
        }
        if (cp >= 0x2E80 && cp <= 0x9FFF || cp >= 0xFF00 && cp <= 0xFFEF || cp >= 0x2460 && cp <= 0x24FF) {
            return 1;
        }
        if (cp == 0xB2 || cp == 0xB3 || cp == 0xB9 || cp >= 0x2070 && cp <= 0x209F) {
            return 0.35;
        }
        return 0.6;
    }

    @Override
    public double advance(int codePoint, double size) {
        return em(codePoint) * size;
    }

    @Override
    public double ascent(double size) {
        return 0.88 * size;
    }

    @Override
    public double descent(double size) {
        return 0.12 * size;
    }

    @Override
    public double capHeight(double size) {
        return 0.7 * size;
    }

    @Override
    public double leftBearing(int codePoint) {
        if (INK_RIGHT.indexOf(codePoint) >= 0) {
            return 0.5;
        }
        return CENTRED.indexOf(codePoint) >= 0 ? 0.4 : 0.05;
    }

    @Override
    public double rightBearing(int codePoint) {
        if (INK_LEFT.indexOf(codePoint) >= 0) {
            return 0.5;
        }
        return CENTRED.indexOf(codePoint) >= 0 ? 0.4 : 0.05;
    }

    @Override
    public String toString() {
        return key;
    }
}
