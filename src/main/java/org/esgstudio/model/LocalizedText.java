package org.esgstudio.model;

import java.util.Objects;

/** A text a reader sees, in Chinese and (optionally) English; an empty string means "not written yet". */
public record LocalizedText(String zh, String en) {

    public static final LocalizedText EMPTY = new LocalizedText("", "");

    public LocalizedText {
        zh = zh == null ? "" : zh;
        en = en == null ? "" : en;
    }

    public static LocalizedText zh(String zh) {
        return new LocalizedText(zh, "");
    }

    public static LocalizedText of(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    public String in(Language language) {
        return language == Language.EN ? en : zh;
    }

    public boolean hasEnglish() {
        return !en.isBlank();
    }

    public boolean isEmpty() {
        return zh.isBlank() && en.isBlank();
    }

    public LocalizedText withZh(String text) {
        return new LocalizedText(text, en);
    }

    public LocalizedText withEn(String text) {
        return new LocalizedText(zh, text);
    }

    /** Null-safe: a missing text is the empty text. */
    public static LocalizedText orEmpty(LocalizedText text) {
        return Objects.requireNonNullElse(text, EMPTY);
    }
}
