package org.esgstudio.office.template;

/** Spreadsheet number formats that show a figure with exactly its decimals: {@code #,##0}, {@code #,##0.00} … */
public final class NumberFormats {
    private NumberFormats() {
    }

    public static String of(int decimals) {
        return decimals <= 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
    }
}
