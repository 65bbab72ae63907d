package org.esgstudio.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTextTest {

    private static List<List<String>> fields(List<CsvText.Record> records) {
        return records.stream().map(CsvText.Record::fields).toList();
    }

    @Test
    void recordsAreSplitAtCommasAndLineEndsWithTheirLineNumbers() {
        List<CsvText.Record> records = CsvText.parse("指标编码,单位,2024\nS.EMP.TOTAL,人,8214\n");

        assertThat(fields(records)).containsExactly(List.of("指标编码", "单位", "2024"), List.of("S.EMP.TOTAL", "人", "8214"));
        assertThat(records).extracting(CsvText.Record::line).containsExactly(1, 2);
    }

    @Test
    void quotedFieldsHoldCommasAndDoubledQuotes() {
        List<CsvText.Record> records = CsvText.parse("\"10,745\",\"他说\"\"绿色\"\"保险\",\"\",x");

        assertThat(fields(records)).containsExactly(List.of("10,745", "他说\"绿色\"保险", "", "x"));
    }

    @Test
    void quotedFieldsHoldLineBreaksAndLaterRecordsKeepTheirRealLineNumber() {
        List<CsvText.Record> records = CsvText.parse("a,b\n\"第一行\n第二行\n第三行\",c\nd,e\n");

        assertThat(fields(records)).containsExactly(List.of("a", "b"), List.of("第一行\n第二行\n第三行", "c"),
                List.of("d", "e"));
        assertThat(records).extracting(CsvText.Record::line).containsExactly(1, 2, 5);
    }

    @Test
    void crlfLineEndsLeaveNoCarriageReturnsInFields() {
        List<CsvText.Record> records = CsvText.parse("a,b\r\nc,d\r\ne,\r\n");

        assertThat(fields(records)).containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e", ""));
        assertThat(records).extracting(CsvText.Record::line).containsExactly(1, 2, 3);
    }

    @Test
    void aLeadingByteOrderMarkIsSkipped() {
        List<CsvText.Record> records = CsvText.parse("\uFEFF指标编码,单位\n");

        assertThat(records.get(0).fields()).containsExactly("指标编码", "单位");
    }

    @Test
    void theLastRecordNeedsNoLineEnd() {
        assertThat(fields(CsvText.parse("a,b\nc,d"))).containsExactly(List.of("a", "b"), List.of("c", "d"));
        assertThat(fields(CsvText.parse("a,"))).containsExactly(List.of("a", ""));
    }

    @Test
    void blankLinesAreBlankRecords() {
        List<CsvText.Record> records = CsvText.parse("a,b\n\n , \nc,d\n");

        assertThat(records).extracting(CsvText.Record::isBlank).containsExactly(false, true, true, false);
        assertThat(records.get(3).line()).isEqualTo(4);
        assertThat(records.get(0).field(5)).isEmpty();
    }

    @Test
    void emptyTextHasNoRecords() {
        assertThat(CsvText.parse("")).isEmpty();
        assertThat(CsvText.parse("\uFEFF")).isEmpty();
    }

    @ParameterizedTest(name = "unclosed quote in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            "never closed                          | 1
            a,b\\nc,"open\\nmore\\n                 | 2
            a,b\\n"x\\ny",z\\nq,"unclosed ""quote"" | 4
            a,"ends with a doubled quote""        | 1
            """)
    void anUnclosedQuoteIsReportedWithTheLineWhereTheFieldBegan(String escaped, int line) {
        String text = escaped.replace("\\n", "\n");

        assertThatThrownBy(() -> CsvText.parse(text))
                .isInstanceOfSatisfying(CsvText.MalformedCsvException.class, e -> {
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.getMessage()).contains("line " + line);
                });
    }

    @Test
    void formatQuotesOnlyFieldsThatNeedIt() {
        String text = CsvText.format(List.of(
                List.of("plain", "有,逗号", "有\"引号\"", "多\n行", " 前导空格", "尾随空格 ", "", "回车\r"),
                List.of("S.EMP.TOTAL", "8214")));

        assertThat(text).isEqualTo("plain,\"有,逗号\",\"有\"\"引号\"\"\",\"多\n行\",\" 前导空格\",\"尾随空格 \",,\"回车\r\"\n"
                + "S.EMP.TOTAL,8214\n");
    }

    @Test
    void parseReadsBackWhatFormatWrites() {
        List<List<String>> rows = List.of(
                List.of("指标编码", "备注"),
                List.of("E.GHG.TOTAL", "含范围一、范围二,\"口径\"调整\n见附注"),
                List.of("", ",", "\"", "\"\"", "a\r\nb"));

        assertThat(fields(CsvText.parse(CsvText.format(rows)))).isEqualTo(rows);
    }
}
