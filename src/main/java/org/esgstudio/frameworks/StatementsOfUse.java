package org.esgstudio.frameworks;

import java.util.Locale;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.ReportSettings;

/** The GRI statement of use for a report, from the catalogue's templates, the claim and the reporting year. */
final class StatementsOfUse {
    private StatementsOfUse() {
    }

    static LocalizedText of(Catalogue catalogue, String claim, ReportSettings settings) {
        StatementOfUse templates = catalogue.statementOfUse();
        LocalizedText template = "in-accordance".equals(claim) ? templates.inAccordance() : templates.withReference();
        if (template.isEmpty()) {
            return LocalizedText.EMPTY;
        }
        int year = settings.year();
        String zh = fill(template.zh(), settings.company().zh(), year + "年1月1日", year + "年12月31日");
        String companyEn = settings.company().en().isEmpty() ? settings.company().zh() : settings.company().en();
        String en = template.en().isEmpty() ? "" : fill(template.en(), companyEn,
                String.format(Locale.ROOT, "1 January %d", year), String.format(Locale.ROOT, "31 December %d", year));
        LocalizedText gri1 = templates.gri1();
        if (!gri1.zh().isEmpty()) {
            zh = zh + gri1.zh() + (gri1.zh().endsWith("。") ? "" : "。");
        }
        if (!en.isEmpty() && !gri1.en().isEmpty()) {
            en = en + " " + gri1.en() + (gri1.en().endsWith(".") ? "" : ".");
        }
        return LocalizedText.of(zh, en);
    }

    private static String fill(String template, String company, String start, String end) {
        return template.replace("{company}", company).replace("{start}", start).replace("{end}", end);
    }
}
