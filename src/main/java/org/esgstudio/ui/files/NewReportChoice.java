package org.esgstudio.ui.files;

/** What a new report starts from: a bundled sample, or an empty report for a company and year. */
public record NewReportChoice(String sample, String company, int year) {
    public static NewReportChoice ofSample(String sample) {
        return new NewReportChoice(sample, null, 0);
    }

    public static NewReportChoice blank(String company, int year) {
        return new NewReportChoice(null, company, year);
    }

    public boolean isSample() {
        return sample != null;
    }

    /** A file name to suggest: the sample's name, or company and year. */
    public String suggestedFileName() {
        return (isSample() ? sample : company.strip() + "-" + year) + ".esg";
    }
}
