package org.esgstudio.model;

/** A part printed before the chapters. */
public sealed interface FrontPart extends Part
        permits ReportInfo, Letter, Highlights, Timeline, Profile, Materiality, Stakeholders {
}
