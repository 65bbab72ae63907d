package org.esgstudio.layout.report;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.esgstudio.layout.LayoutWarning;
import org.esgstudio.layout.text.TextStyle;
import org.esgstudio.model.Asset;
import org.esgstudio.model.Language;

/**
 * Everything a block converter needs: the column width, the typesetter, the report's texts and styles, the edition
 * and the project's images. {@link #narrower} gives the same context for a panel's inside.
 */
public record Column(double width, Typesetter typesetter, ReportText text, Edition edition, Map<String, Asset> assets,
                     Consumer<LayoutWarning> warnings) {

    public Column narrower(double innerWidth) {
        return new Column(innerWidth, typesetter, text, edition, assets, warnings);
    }

    public Styles styles() {
        return text.styles();
    }

    /** The languages blocks are set in, in order: one, or Chinese then English for the bilingual edition. */
    public List<Language> languages() {
        return edition == Edition.BILINGUAL ? List.of(Language.ZH, Language.EN) : List.of(edition.primary());
    }

    /** The language of labels (table heads, captions' lead words). */
    public Language primary() {
        return edition.primary();
    }

    public TextStyle style(Role role) {
        return text.styles().style(role, primary());
    }

    /** In the bilingual edition, English follows Chinese in the secondary (smaller, muted) style. */
    public Role secondaryRole(Role role, Language language) {
        if (edition == Edition.BILINGUAL && language == Language.EN) {
            return switch (role) {
                case BODY, LEAD -> Role.SECONDARY;
                case TABLE, TABLE_BOLD -> Role.CAPTION;
                default -> role;
            };
        }
        return role;
    }

    /** Whether English should be set for this text in this edition (the bilingual edition skips missing English). */
    public boolean sets(org.esgstudio.model.LocalizedText localized, Language language, String where) {
        if (edition == Edition.BILINGUAL && language == Language.EN && !localized.hasEnglish()) {
            if (!localized.zh().isBlank()) {
                // Listed like the English edition's gaps, but without a placeholder: the Chinese is there.
                text.noteMissingEnglish(localized, where);
            }
            return false;
        }
        return true;
    }
}
