package org.esgstudio.model;

/** A labelled paragraph of the report information page (报告范围, 时间范围, 编制依据 …). */
public record InfoSection(LocalizedText heading, LocalizedText text) {
    public InfoSection {
        heading = LocalizedText.orEmpty(heading);
        text = LocalizedText.orEmpty(text);
    }
}
