package org.esgstudio.ui.data;

/** The data page's and KPI grid's own styles (warnings, refused values, headings, failing rules). */
final class DataStyles {
    private DataStyles() {
    }

    static String sheet() {
        return DataStyles.class.getResource("data.css").toExternalForm();
    }
}
