package org.esgstudio.model;

/** A part printed after the chapters. */
public sealed interface BackPart extends Part permits KpiTable, ContentIndex, Appendix, FeedbackForm {
}
