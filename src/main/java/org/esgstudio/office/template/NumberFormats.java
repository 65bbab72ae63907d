package org.esgstudio.office.template;

/** Spreadsheet number formats that show a figure with exactly its decimals: {@code #,##0}, {@code #,##0.00} … */
final class NumberFormats {
    private NumberFormats() {
    }

    static String of(int decimals) {
        return decimals <= 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
    }
}
