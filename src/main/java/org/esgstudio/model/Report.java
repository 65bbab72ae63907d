package org.esgstudio.model;

import java.util.List;
import java.util.Objects;

/** An annual ESG report: settings, front matter, chapters and back matter. */
public record Report(ReportSettings settings, List<FrontPart> front, List<Chapter> chapters, List<BackPart> back,
                     DisclosureTags disclosures) {
    public Report {
        Objects.requireNonNull(settings, "settings");
        front = Lists.copy(front);
        chapters = Lists.copy(chapters);
        back = Lists.copy(back);
        disclosures = Objects.requireNonNullElse(disclosures, DisclosureTags.NONE);
    }

    /** A report whose elements carry no disclosure codes. */
    public Report(ReportSettings settings, List<FrontPart> front, List<Chapter> chapters, List<BackPart> back) {
        this(settings, front, chapters, back, DisclosureTags.NONE);
    }

    /** A new, empty report for a company and year. */
    public static Report blank(String companyZh, int year) {
        ReportSettings settings = new ReportSettings(LocalizedText.zh(companyZh), LocalizedText.zh(companyZh), year,
                List.of(year - 1), LocalizedText.zh(year + "年环境、社会及治理（ESG）报告"), List.of(Language.ZH),
                "default", true);
        return new Report(settings, List.of(), List.of(), List.of());
    }

    public Report withSettings(ReportSettings newSettings) {
        return new Report(newSettings, front, chapters, back, disclosures);
    }

    public Report withChapters(List<Chapter> newChapters) {
        return new Report(settings, front, newChapters, back, disclosures);
    }

    public Report withFront(List<FrontPart> newFront) {
        return new Report(settings, newFront, chapters, back, disclosures);
    }

    public Report withBack(List<BackPart> newBack) {
        return new Report(settings, front, chapters, newBack, disclosures);
    }

    public Report withDisclosures(DisclosureTags newDisclosures) {
        return new Report(settings, front, chapters, back, newDisclosures);
    }
}
