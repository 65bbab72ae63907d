package org.esgstudio.layout.text;

import java.util.Objects;

/**
 * A piece of a paragraph in one style. {@code footnoteId} marks a footnote marker (the footnote's text then goes to
 * the foot of the page the marker lands on); {@code linkTarget} makes the span a link to an anchor.
 */
public record Span(String text, TextStyle style, String footnoteId, String linkTarget) {
    public Span {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(style, "style");
    }

    public Span(String text, TextStyle style) {
        this(text, style, null, null);
    }
}
