package org.esgstudio.layout.report;

import java.util.Locale;
import org.esgstudio.model.Language;

/** Which languages a PDF carries: Chinese, English, or both (English after each Chinese block, in a secondary style). */
public enum Edition {
    ZH("zh-CN"), EN("en"), BILINGUAL("zh-CN");

    private final String languageTag;

    Edition(String languageTag) {
        this.languageTag = languageTag;
    }

    public String languageTag() {
        return languageTag;
    }

    /** The language of the main text (headings, labels): English only in the English edition. */
    public Language primary() {
        return this == EN ? Language.EN : Language.ZH;
    }

    /** zh, en or zh+en as the command line writes it. */
    public static Edition parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "zh" -> ZH;
            case "en" -> EN;
            case "zh+en", "en+zh", "bilingual" -> BILINGUAL;
            default -> throw new IllegalArgumentException(text);
        };
    }
}
