package org.esgstudio.office.draft;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What a draft's styles mean for the import, whoever wrote the file: a heading level from the style's name (Word's
 * "heading 1", LibreOffice's "Heading 1", WPS' "标题 1", whatever the style id, which WPS makes numeric) or from an
 * outline level (in the paragraph or inherited through its style's {@code basedOn} chain); the title and caption
 * styles; bold and italic from character styles; and whether a numbering shows bullets or numbers.
 */
final class WordStyles {
    private static final Pattern HEADING_NAME = Pattern.compile("(?:heading|标题)([1-9])");
    private static final int MAX_CHAIN = 12;
    private final XWPFStyles styles;
    private final XWPFNumbering numbering;

    WordStyles(XWPFStyles styles, XWPFNumbering numbering) {
        this.styles = styles;
        this.numbering = numbering;
    }

    /** What a paragraph style says about its paragraphs. */
    enum Role {
        BODY, TITLE, CAPTION, CONTENTS
    }

    /** The heading level (1–9) of a paragraph, from its style's name or an outline level; 0 when it is no heading. */
    int headingLevel(String styleId, Node paragraphProperties) {
        Optional<XWPFStyle> style = style(styleId);
        if (style.isPresent()) {
            Matcher m = HEADING_NAME.matcher(normalised(style.get().getName()));
            if (m.matches()) {
                return Integer.parseInt(m.group(1));
            }
        }
        if (paragraphProperties != null) {
            Optional<String> direct = WordXml.childValue(paragraphProperties, "outlineLvl");
            if (direct.isPresent()) {
                return outlineLevel(direct.get());
            }
        }
        Set<String> seen = new HashSet<>();
        for (XWPFStyle s = style.orElse(null); s != null && seen.add(s.getStyleId()) && seen.size() < MAX_CHAIN;
             s = style(s.getBasisStyleID()).orElse(null)) {
            Optional<Element> pPr = WordXml.child(s.getCTStyle().getDomNode(), "pPr");
            Optional<String> level = pPr.flatMap(p -> WordXml.childValue(p, "outlineLvl"));
            if (level.isPresent()) {
                return outlineLevel(level.get());
            }
        }
        return 0;
    }

    /** Outline levels 0–8 are headings 1–9; level 9 is body text. */
    private static int outlineLevel(String value) {
        try {
            int level = Integer.parseInt(value.strip());
            return level >= 0 && level <= 8 ? level + 1 : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The role of a paragraph style, by its name or the names it is based on. */
    Role role(String styleId) {
        Set<String> seen = new HashSet<>();
        for (XWPFStyle s = style(styleId).orElse(null); s != null && seen.add(s.getStyleId()) && seen.size() < MAX_CHAIN;
             s = style(s.getBasisStyleID()).orElse(null)) {
            String name = normalised(s.getName());
            if (name.equals("title") || name.equals("标题") || name.equals("subtitle") || name.equals("副标题")) {
                return Role.TITLE;
            }
            if (name.equals("caption") || name.equals("题注")) {
                return Role.CAPTION;
            }
            if (name.matches("(?:toc|目录)[1-9]?|tocheading|contentsheading|contents[1-9]|目录标题")) {
                return Role.CONTENTS;
            }
        }
        return Role.BODY;
    }

    /** The numbering a paragraph style gives its paragraphs ({@code numId}, {@code ilvl}), if any. */
    Optional<Node> numberingOf(String styleId) {
        Set<String> seen = new HashSet<>();
        for (XWPFStyle s = style(styleId).orElse(null); s != null && seen.add(s.getStyleId()) && seen.size() < MAX_CHAIN;
             s = style(s.getBasisStyleID()).orElse(null)) {
            Optional<Element> numPr = WordXml.child(s.getCTStyle().getDomNode(), "pPr")
                    .flatMap(p -> WordXml.child(p, "numPr"));
            if (numPr.isPresent()) {
                return Optional.of(numPr.get());
            }
        }
        return Optional.empty();
    }

    /** Whether a character style (or one it is based on) sets {@code w:b} or {@code w:i} ({@code property}). */
    boolean characterStyleSets(String styleId, String property) {
        Set<String> seen = new HashSet<>();
        for (XWPFStyle s = style(styleId).orElse(null); s != null && seen.add(s.getStyleId()) && seen.size() < MAX_CHAIN;
             s = style(s.getBasisStyleID()).orElse(null)) {
            Optional<Boolean> set = WordXml.child(s.getCTStyle().getDomNode(), "rPr")
                    .flatMap(r -> WordXml.toggle(r, property));
            if (set.isPresent()) {
                return set.get();
            }
        }
        return false;
    }

    /**
     * POI's lookup of a numbering's abstract definition. POI throws NullPointerException when a {@code <w:num>} has
     * no id (a damaged numbering part, found by DraftFuzzTest); such a numbering is unknown, as a missing one is.
     */
    private BigInteger abstractNumId(BigInteger numId) {
        try {
            return numbering.getAbstractNumID(numId);
        } catch (NullPointerException e) {
            return null;
        }
    }

    /** The number format of a list level ("bullet", "decimal", "chineseCounting", "none" …), or "" when unknown. */
    String numberFormat(String numId, String level) {
        if (numbering == null) {
            return "";
        }
        try {
            BigInteger abstractId = abstractNumId(new BigInteger(numId.strip()));
            XWPFAbstractNum abstractNum = abstractId == null ? null : numbering.getAbstractNum(abstractId);
            if (abstractNum == null) {
                return "";
            }
            for (Element lvl : WordXml.children(abstractNum.getCTAbstractNum().getDomNode())) {
                if (WordXml.is(lvl, WordXml.W, "lvl")
                        && WordXml.attribute(lvl, WordXml.W, "ilvl").equals(level.isBlank() ? "0" : level.strip())) {
                    return WordXml.childValue(lvl, "numFmt").orElse("");
                }
            }
            return "";
        } catch (NumberFormatException e) {
            return "";
        }
    }

    private Optional<XWPFStyle> style(String id) {
        if (styles == null || id == null || id.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(styles.getStyle(id));
    }

    /** Lower case without spaces: "Heading 1", "heading 1" and "标题 1" compare as "heading1" / "标题1". */
    private static String normalised(String name) {
        return name == null ? "" : name.replaceAll("[\\s\\u3000]+", "").toLowerCase(Locale.ROOT);
    }
}
