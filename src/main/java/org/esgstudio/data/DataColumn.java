package org.esgstudio.data;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The named columns of the KPI data workbook / data.csv, recognised by their Chinese or English header. */
public enum DataColumn {
    CODE("指标编码", "code"),
    NAME("指标名称", "indicator"),
    NAME_EN("英文名称", "indicator_en"),
    ALIASES("别名", "aliases"),
    UNIT("单位", "unit"),
    DECIMALS("小数位", "decimals"),
    CATEGORY("类别", "category"),
    DEPARTMENT("负责部门", "department"),
    SOURCE("来源", "source"),
    NOTE("备注", "note"),
    FRAMEWORKS("框架", "frameworks"),
    DEFINITION("定义", "definition"),
    DEFINITION_EN("英文定义", "definition (en)");

    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*(年度|年)?");
    private static final Pattern YEAR_NOTE = Pattern.compile("(?:(\\d{4})\\s*(?:年度|年)?\\s*备注|note\\s*(\\d{4}))",
            Pattern.CASE_INSENSITIVE);

    private final String zh;
    private final String en;

    DataColumn(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    public static Optional<DataColumn> byHeader(String header) {
        String h = header.strip();
        String letters = latinLetters(h);
        for (DataColumn column : values()) {
            if (column.zh.equals(h) || column.en.equalsIgnoreCase(h)
                    || !letters.isEmpty() && letters.equals(latinLetters(column.en))) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** The Latin letters of an English header, lower case: "indicator_en", "Indicator (EN)" and "indicator en" agree. */
    private static String latinLetters(String header) {
        StringBuilder letters = new StringBuilder();
        for (char c : header.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            } else if (!(c == ' ' || c == '_' || c == '(' || c == ')' || c == '-')) {
                return "";
            }
        }
        return letters.toString();
    }

    /** The year a year column is headed with ("2024", "2024年"), if it is one. */
    public static Optional<Integer> year(String header) {
        Matcher m = YEAR.matcher(header.strip());
        return m.matches() ? Optional.of(Integer.valueOf(m.group(1))) : Optional.empty();
    }

    /** The year of a per-year note column ("2023年备注", "note 2023"), if it is one. */
    public static Optional<Integer> noteYear(String header) {
        Matcher m = YEAR_NOTE.matcher(header.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(Integer.valueOf(m.group(1) != null ? m.group(1) : m.group(2)));
    }
}
