package org.esgstudio.ui.data;

/** The value the data page's selection is on: an indicator and a year ({@code CODE@YEAR}). */
public record SelectedValue(String code, int year) {
    @Override
    public String toString() {
        return code + "@" + year;
    }
}
