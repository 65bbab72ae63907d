package org.esgstudio.office.review;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.esgstudio.figures.FigureMark;
import org.esgstudio.figures.Finding;
import org.esgstudio.figures.FindingKind;
import org.esgstudio.figures.MarkStatus;
import org.esgstudio.review.CommentAnchor;
import org.esgstudio.review.PlacedThread;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * The findings of one block (or part) while it is written: each is anchored at the figure it names when the figure
 * is found (by the validator's marks in running text, by searching the shown text elsewhere); what is left when the
 * block is done is anchored around the block's first paragraph. Likewise its review comment threads: one on a figure
 * at that figure's characters (the figures written so counted across the block's texts, as the anchor counts them),
 * the others, and those whose figure is not found, around the first paragraph.
 */
final class BlockScope {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    final String id;
    private final List<Finding> pending;
    private final List<PlacedThread> threads;
    private final ReviewComments comments;
    /** Per spelling, the figures of the block's texts already read (marks) or searched (shown text). */
    private final Map<String, Integer> marksSeen = new HashMap<>();
    private final Map<String, Integer> textSeen = new HashMap<>();
    private XWPFParagraph first;

    BlockScope(String id, List<Finding> findings, List<PlacedThread> threads, ReviewComments comments) {
        this.id = id;
        this.pending = findings;
        this.threads = threads;
        this.comments = comments;
    }

    /** Findings or threads are still to be placed. */
    boolean hasPending() {
        return !pending.isEmpty() || !threads.isEmpty();
    }

    void written(XWPFParagraph paragraph) {
        if (first == null) {
            first = paragraph;
        }
    }

    /**
     * Anchors over a prose text's figure marks: every disagreeing figure shaded, and each finding commented on the
     * first figure written as the finding quotes it (of the status the finding implies, else any), figures taken in
     * order so that two findings on "126名" land on the two places it is written.
     */
    List<Anchor> atMarks(List<FigureMark> marks) {
        Map<Integer, List<BigInteger>> byMark = new LinkedHashMap<>();
        Map<FindingKind, Set<Integer>> used = new HashMap<>();
        for (Iterator<Finding> it = pending.iterator(); it.hasNext(); ) {
            Finding finding = it.next();
            if (finding.text().isBlank()) {
                continue;
            }
            Set<Integer> taken = used.computeIfAbsent(finding.kind(), kind -> new HashSet<>());
            int index = find(marks, finding, taken, true);
            if (index < 0) {
                index = find(marks, finding, taken, false);
            }
            if (index >= 0) {
                taken.add(index);
                byMark.computeIfAbsent(index, k -> new ArrayList<>()).add(comments.add(finding));
                it.remove();
            }
        }
        int[] occurrence = new int[marks.size()];
        for (int k = 0; k < marks.size(); k++) {
            occurrence[k] = marksSeen.merge(marks.get(k).raw(), 1, Integer::sum);
        }
        for (Iterator<PlacedThread> it = threads.iterator(); it.hasNext(); ) {
            PlacedThread thread = it.next();
            CommentAnchor anchor = thread.thread().anchor();
            if (!anchor.onFigure() || thread.orphaned()) {
                continue;
            }
            for (int k = 0; k < marks.size(); k++) {
                if (marks.get(k).raw().equals(anchor.figureText()) && occurrence[k] == anchor.occurrence()) {
                    byMark.computeIfAbsent(k, key -> new ArrayList<>()).add(comments.add(thread, true));
                    it.remove();
                    break;
                }
            }
        }
        List<Anchor> anchors = new ArrayList<>();
        for (int k = 0; k < marks.size(); k++) {
            FigureMark mark = marks.get(k);
            boolean wrong = mark.status() == MarkStatus.DISAGREES;
            if (wrong || byMark.containsKey(k)) {
                anchors.add(new Anchor(mark.start(), mark.end(), wrong, byMark.getOrDefault(k, List.of())));
            }
        }
        return anchors;
    }

    private static int find(List<FigureMark> marks, Finding finding, Set<Integer> taken, boolean sameStatus) {
        for (int k = 0; k < marks.size(); k++) {
            FigureMark mark = marks.get(k);
            if (!taken.contains(k) && mark.raw().equals(finding.text())
                    && (!sameStatus || mark.status() == statusOf(finding.kind()))) {
                return k;
            }
        }
        return -1;
    }

    private static MarkStatus statusOf(FindingKind kind) {
        if (kind == FindingKind.UNVERIFIED) {
            return MarkStatus.UNVERIFIED;
        } else if (kind == FindingKind.AMBIGUOUS) {
            return MarkStatus.AMBIGUOUS;
        } else if (kind == FindingKind.CROSSREF) {
            return MarkStatus.AGREES;
        }
        return MarkStatus.DISAGREES;
    }

    /**
     * Anchors of findings whose text is written in {@code shown} (a table cell, a tile, a heading): the figure as
     * written, shaded when it disagrees with the store.
     */
    List<Anchor> inText(String shown) {
        if (!hasPending() || shown.isEmpty()) {
            return List.of();
        }
        List<Anchor> anchors = new ArrayList<>();
        threadsInText(shown, anchors);
        Map<String, Integer> from = new HashMap<>();
        for (Iterator<Finding> it = pending.iterator(); it.hasNext(); ) {
            Finding finding = it.next();
            String text = finding.text();
            if (text.isBlank()) {
                continue;
            }
            // Per kind, as in atMarks: a mismatch and a cross-reference on one figure both land on it.
            String key = finding.kind() + "|" + text;
            int at = shown.indexOf(text, from.getOrDefault(key, 0));
            if (at < 0) {
                continue;
            }
            from.put(key, at + text.length());
            boolean wrong = finding.kind() == FindingKind.MISMATCH || finding.kind() == FindingKind.GROWTH;
            anchors.add(new Anchor(at, at + text.length(), wrong, List.of(comments.add(finding))));
            it.remove();
        }
        return anchors;
    }

    /**
     * Threads on a figure written in {@code shown}: the figure counted over the block's texts searched so far, its
     * characters commented (not shaded: a thread is a question, not a finding).
     */
    private void threadsInText(String shown, List<Anchor> anchors) {
        Set<String> spellings = new HashSet<>();
        for (Iterator<PlacedThread> it = threads.iterator(); it.hasNext(); ) {
            PlacedThread thread = it.next();
            CommentAnchor anchor = thread.thread().anchor();
            if (!anchor.onFigure() || thread.orphaned()) {
                continue;
            }
            String text = anchor.figureText();
            spellings.add(text);
            int wanted = anchor.occurrence() - textSeen.getOrDefault(text, 0);
            int at = -1;
            for (int n = 0; n < wanted; n++) {
                at = shown.indexOf(text, at + 1);
                if (at < 0) {
                    break;
                }
            }
            if (wanted >= 1 && at >= 0) {
                anchors.add(new Anchor(at, at + text.length(), false, List.of(comments.add(thread, true))));
                it.remove();
            }
        }
        for (String text : spellings) {
            int count = 0;
            for (int at = shown.indexOf(text); at >= 0; at = shown.indexOf(text, at + text.length())) {
                count++;
            }
            textSeen.merge(text, count, Integer::sum);
        }
    }

    /**
     * Anchors what is left around the block's first paragraph; a block that wrote none gets the
     * paragraph {@code fallback} makes.
     */
    void close(java.util.function.Supplier<XWPFParagraph> fallback) {
        if (!hasPending()) {
            return;
        }
        List<BigInteger> ids = new ArrayList<>();
        pending.forEach(finding -> ids.add(comments.add(finding)));
        pending.clear();
        threads.forEach(thread -> ids.add(comments.add(thread, false)));
        threads.clear();
        XWPFParagraph paragraph = first != null ? first : fallback.get();
        wrapWhole(paragraph.getCTP(), ids);
    }

    /** Comment ranges around all of a paragraph already written: starts before its first run, ends after its last. */
    static void wrapWhole(CTP paragraph, List<BigInteger> ids) {
        for (BigInteger id : ids) {
            if (paragraph.sizeOfRArray() == 0) {
                paragraph.addNewCommentRangeStart().setId(id);
            } else {
                try (XmlCursor cursor = paragraph.getRArray(0).newCursor()) {
                    cursor.beginElement(new QName(W, "commentRangeStart", "w"));
                    cursor.insertAttributeWithValue(new QName(W, "id", "w"), id.toString());
                }
            }
        }
        for (BigInteger id : ids) {
            RunWriter.closeComment(paragraph, id);
        }
    }
}
