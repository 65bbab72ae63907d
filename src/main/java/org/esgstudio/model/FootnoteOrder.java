package org.esgstudio.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Orders a block's footnotes as their references appear in its (Chinese) text; unreferenced ones last. */
final class FootnoteOrder {
    private FootnoteOrder() {
    }

    static List<Footnote> byReference(List<Footnote> notes, String markedUpText) {
        if (notes.size() < 2) {
            return notes;
        }
        Map<String, Footnote> byId = new LinkedHashMap<>();
        notes.forEach(note -> byId.put(note.id(), note));
        List<Footnote> ordered = new ArrayList<>();
        int from = 0;
        while ((from = markedUpText.indexOf("[^", from)) >= 0) {
            int end = markedUpText.indexOf(']', from);
            if (end < 0) {
                break;
            }
            Footnote note = byId.remove(markedUpText.substring(from + 2, end).trim());
            if (note != null) {
                ordered.add(note);
            }
            from = end + 1;
        }
        ordered.addAll(byId.values());
        return ordered;
    }
}
