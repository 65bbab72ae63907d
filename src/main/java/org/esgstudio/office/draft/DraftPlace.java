package org.esgstudio.office.draft;

import org.esgstudio.i18n.Messages;

/** A place in a Word draft as its writer finds it: the paragraph number (counted as Word does) and the heading above. */
record DraftPlace(int paragraph, String heading) {

    /** "第 12 段（“节能降耗”之下）", or without the heading before the first one. */
    String describe() {
        return heading == null || heading.isBlank() ? Messages.get("docx.place.paragraph", paragraph)
                : Messages.get("docx.place.paragraphUnder", paragraph, heading);
    }
}
