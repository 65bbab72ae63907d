package org.esgstudio.office.template;

import org.esgstudio.data.DataColumn;

/**
 * The columns of a template's data sheet, in order (template version 1). Headers are those of the KPI data workbook,
 * so that the workbook also reads as an ordinary one where the template marker is lost.
 */
enum TemplateColumn {
    CODE, NAME, UNIT, DEFINITION, LAST_YEAR, THIS_YEAR, NOTE, DEPARTMENT;

    /** The header of this column in a template for {@code year} ("2024年" for this year, "2023年" for the last). */
    String header(int year) {
        return switch (this) {
            case CODE -> DataColumn.CODE.zh();
            case NAME -> DataColumn.NAME.zh();
            case UNIT -> DataColumn.UNIT.zh();
            case DEFINITION -> DataColumn.DEFINITION.zh();
            case LAST_YEAR -> (year - 1) + "年";
            case THIS_YEAR -> year + "年";
            case NOTE -> DataColumn.NOTE.zh();
            case DEPARTMENT -> DataColumn.DEPARTMENT.zh();
        };
    }

    /** Every header of a template for {@code year}, in column order. */
    static java.util.List<String> headers(int year) {
        return java.util.Arrays.stream(values()).map(column -> column.header(year)).toList();
    }

    int index() {
        return ordinal();
    }
}
