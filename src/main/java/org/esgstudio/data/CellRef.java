package org.esgstudio.data;

/** Spreadsheet cell names: column letters (A, B … Z, AA …) and 1-based rows, as in {@code J5}. */
public final class CellRef {
    private CellRef() {
    }

    /** The letters of a 0-based column index. */
    public static String column(int index) {
        StringBuilder letters = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            letters.insert(0, (char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return letters.toString();
    }

    public static String of(int columnIndex, int row) {
        return column(columnIndex) + row;
    }
}
