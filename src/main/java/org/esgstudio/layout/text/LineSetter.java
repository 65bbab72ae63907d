package org.esgstudio.layout.text;

import java.util.List;

/** Breaks a paragraph into laid lines (the Chinese line breaker implements it). */
public interface LineSetter {
    List<LaidLine> lines(ParagraphSpec spec);
}
