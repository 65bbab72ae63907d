package org.esgstudio.json;

import java.util.List;
import java.util.Map;
import org.esgstudio.model.DisclosureTags;
import org.esgstudio.model.BackPart;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.FrontPart;
import org.esgstudio.model.Report;
import org.esgstudio.model.ReportSettings;

/** The top of report.json: the format version and the report's four lists. */
record ReportDocument(int formatVersion, ReportSettings settings, List<FrontPart> front, List<Chapter> chapters,
                      List<BackPart> back, Map<String, List<String>> disclosures) {

    /** The report.json format this version writes and reads. */
    static final int CURRENT_FORMAT = 1;

    static ReportDocument of(Report report) {
        return new ReportDocument(CURRENT_FORMAT, report.settings(), report.front(), report.chapters(), report.back(),
                report.disclosures().byElement());
    }

    Report toReport() {
        return new Report(settings, front, chapters, back, new DisclosureTags(disclosures));
    }
}
