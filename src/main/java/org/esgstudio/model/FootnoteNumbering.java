package org.esgstudio.model;

import java.util.LinkedHashMap;
import java.util.Map;

/** Numbers the footnotes of a whole report in reading order and prints their markers (①②③ …). */
public final class FootnoteNumbering {
    private final Map<String, Integer> numbers;

    private FootnoteNumbering(Map<String, Integer> numbers) {
        this.numbers = numbers;
    }

    public static FootnoteNumbering of(Report report) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        ReportWalk.walk(report, new ReportVisitor() {
            @Override
            public void footnote(Footnote footnote, Location location) {
                numbers.putIfAbsent(footnote.id(), numbers.size() + 1);
            }
        });
        return new FootnoteNumbering(numbers);
    }

    /** The footnote's number, 1-based, in reading order across the report. */
    public int number(String footnoteId) {
        Integer number = numbers.get(footnoteId);
        if (number == null) {
            throw new IllegalArgumentException("no footnote " + footnoteId + " in this report");
        }
        return number;
    }

    public String marker(String footnoteId) {
        return marker(number(footnoteId));
    }

    public int count() {
        return numbers.size();
    }

    /** ① … ⑳, ㉑ … ㉟, ㊱ … ㊿ (the circled numbers Unicode has), then (51), (52) …. */
    public static String marker(int number) {
        if (number >= 1 && number <= 20) {
            return String.valueOf((char) (0x2460 + number - 1));
        } else if (number >= 21 && number <= 35) {
            return String.valueOf((char) (0x3251 + number - 21));
        } else if (number >= 36 && number <= 50) {
            return String.valueOf((char) (0x32B1 + number - 36));
        }
        return "(" + number + ")";
    }
}
