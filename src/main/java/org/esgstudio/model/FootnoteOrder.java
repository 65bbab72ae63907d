package org.esgstudio.model;

import java.util.ArrayList;
import java.util.List;

/** Orders a block's footnotes as their references appear in its (Chinese) text; unreferenced ones last. */
final class FootnoteOrder {
    private FootnoteOrder() {
    }

    static List<Footnote> byReference(List<Footnote> notes, String markedUpText) {
        if (notes.size() < 2) {
            return notes;
        }
        // A list, not a map by id: two notes with one id must both reach the integrity check.
        List<Footnote> remaining = new ArrayList<>(notes);
        List<Footnote> ordered = new ArrayList<>();
        int from = 0;
        while ((from = markedUpText.indexOf("[^", from)) >= 0) {
            int end = markedUpText.indexOf(']', from);
            if (end < 0) {
                break;
            }
            String id = markedUpText.substring(from + 2, end).trim();
            for (int k = 0; k < remaining.size(); k++) {
                if (remaining.get(k).id().equals(id)) {
                    ordered.add(remaining.remove(k));
                    break;
                }
            }
            from = end + 1;
        }
        ordered.addAll(remaining);
        return ordered;
    }
}
