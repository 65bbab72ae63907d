package org.esgstudio.figures;

import java.util.ArrayList;
import java.util.List;

/** Splits text into sentences (。！？；and line ends) and sentences into clauses (also at ，：、), keeping offsets. */
final class SentenceSplitter {
    private static final String SENTENCE_END = "。！？；!?;\n";
    private static final String CLAUSE_END = "，,：:、";

    private SentenceSplitter() {
    }

    /** A span of the text: [start, end). */
    record Span(int start, int end) {
        boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    static List<Span> sentences(String text) {
        return split(text, SENTENCE_END);
    }

    static List<Span> clauses(String text) {
        return split(text, SENTENCE_END + CLAUSE_END);
    }

    private static List<Span> split(String text, String ends) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (ends.indexOf(text.charAt(i)) >= 0) {
                spans.add(new Span(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            spans.add(new Span(start, text.length()));
        }
        return spans;
    }

    static Span around(List<Span> spans, int offset) {
        for (Span span : spans) {
            if (span.contains(offset)) {
                return span;
            }
        }
        return new Span(0, 0);
    }
}
