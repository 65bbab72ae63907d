package org.esgstudio.ui.editor.disclosures;

import java.util.Locale;
import org.esgstudio.frameworks.Catalogue;
import org.esgstudio.frameworks.CatalogueEntry;
import org.esgstudio.frameworks.Catalogues;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.DisclosureTags;
import org.esgstudio.model.Language;
import org.esgstudio.model.LocalizedText;

/**
 * How disclosures read in the interface: cited as people cite them ("GRI 305-1", "CIAA E.1.1") and titled in the
 * interface language ("GRI 305-1 直接温室气体排放"). A code of no known catalogue or disclosure shows as written.
 */
public final class DisclosureLabels {
    private DisclosureLabels() {
    }

    /** The interface language (English titles in the English interface, Chinese otherwise). */
    public static Language language() {
        return "en".equals(Messages.locale().getLanguage()) ? Language.EN : Language.ZH;
    }

    /** A text in the interface language, the Chinese when it has no English. */
    public static String text(LocalizedText text) {
        String shown = text.in(language());
        return shown.isBlank() ? text.zh() : shown;
    }

    /**
     * What a catalogue's codes are cited with: "GRI" for the GRI Standards (the codes are "305-1"), else the id
     * without its year in capitals ("CIAA", "HKEX-ESG").
     */
    public static String prefix(Catalogue catalogue) {
        if (Catalogue.GRI_STYLE.equals(catalogue.indexStyle())) {
            return "GRI";
        }
        return catalogue.id().replaceFirst("-\\d{4}$", "").toUpperCase(Locale.ROOT);
    }

    /** The code as cited within its catalogue: "GRI 305-1" for GRI, the code alone ("E.1.1") for the others. */
    public static String cited(Catalogue catalogue, CatalogueEntry entry) {
        return Catalogue.GRI_STYLE.equals(catalogue.indexStyle()) ? "GRI " + entry.code() : entry.code();
    }

    /** The code with its catalogue's prefix: "GRI 305-1", "CIAA E.1.1". */
    public static String code(Catalogue catalogue, CatalogueEntry entry) {
        return prefix(catalogue) + " " + entry.code();
    }

    /** A tag as a chip reads: "GRI 305-1 直接温室气体排放"; a tag of no known disclosure as written. */
    public static String chip(Catalogues catalogues, String tag) {
        if (catalogues == null || !DisclosureTags.wellFormed(tag)) {
            return tag;
        }
        return catalogues.find(DisclosureTags.catalogueOf(tag))
                .flatMap(catalogue -> catalogue.entry(DisclosureTags.disclosureOf(tag))
                        .map(entry -> code(catalogue, entry) + " " + text(entry.title())))
                .orElse(tag);
    }

    /** Whether the tag names a disclosure of a catalogue at hand. */
    public static boolean known(Catalogues catalogues, String tag) {
        return catalogues != null && catalogues.entry(tag).isPresent();
    }
}
