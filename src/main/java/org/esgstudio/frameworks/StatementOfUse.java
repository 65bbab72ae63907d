package org.esgstudio.frameworks;

import org.esgstudio.model.LocalizedText;

/**
 * The GRI statement of use, as templates with {company}, {start} and {end}: reported "with reference to" or "in
 * accordance with" the standards, and the GRI 1 used.
 */
public record StatementOfUse(LocalizedText withReference, LocalizedText inAccordance, LocalizedText gri1) {
    public StatementOfUse {
        withReference = LocalizedText.orEmpty(withReference);
        inAccordance = LocalizedText.orEmpty(inAccordance);
        gri1 = LocalizedText.orEmpty(gri1);
    }
}
