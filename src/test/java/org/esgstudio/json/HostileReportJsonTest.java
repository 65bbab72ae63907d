package org.esgstudio.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.esgstudio.i18n.InputRejectedException;
import org.esgstudio.i18n.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * report.json files made to hurt or simply wrong in ways the types alone do not catch: each is refused with one
 * message in the user's language, naming the place — never a parser's or a record's English text.
 */
class HostileReportJsonTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @BeforeEach
    void chinese() {
        Messages.setLocale(ZH);
    }

    private static String rejected(String json) {
        try {
            ReportJson.read("report.json", json);
        } catch (InputRejectedException e) {
            assertThat(e.problems()).hasSize(1);
            return e.message(ZH);
        }
        throw new AssertionError("report.json was accepted:\n" + json);
    }

    private static String withBlock(String block) {
        return "{\"formatVersion\": 1, \"settings\": {\"year\": 2024},\n\"chapters\": [{\"id\": \"c1\", \"sections\": "
                + "[{\"id\": \"s1\", \"blocks\": [\n" + block + "]}]}]}";
    }

    @Test
    void nestingDeeperThanAThousandLevelsIsRefusedWithoutExhaustingTheStack() {
        String json = "{\"formatVersion\": 1, \"settings\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";

        assertThat(rejected(json)).isEqualTo("report.json: 嵌套超过 1000 层，不是报告文件应有的结构，为安全起见未读取");
    }

    @Test
    void aNumberOfThousandsOfDigitsIsRefused() {
        assertThat(rejected("{\"formatVersion\": 1, \"settings\": {\"year\": " + "7".repeat(2000) + "}}"))
                .isEqualTo("report.json: 数字超过 1000 位，不是报告文件中应有的数值，为安全起见未读取");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"type\": \"image\", \"id\": \"img\", \"asset\": \"a.png\", \"widthPercent\": 500}"
            + "| chapters[0].sections[0].blocks[0]: 图片“img”的宽度应为 10% 到 100%，不是 500%",
        "{\"type\": \"heading\", \"id\": \"h\", \"level\": 3, \"text\": {\"zh\": \"小标题\"}}"
            + "| chapters[0].sections[0].blocks[0]: 小标题级别应为 1 或 2，不是 3",
        "{\"type\": \"caseStudy\", \"id\": \"k1\", \"title\": {\"zh\": \"案例\"}, \"body\": [{\"type\": \"caseStudy\", \"id\": \"k2\", \"title\": {\"zh\": \"内层\"}}]}"
            + "| chapters[0].sections[0].blocks[0]: 案例“k1”中不能再放案例（“k2”）",
        "{\"type\": \"textTable\", \"id\": \"t\", \"columns\": [{\"zh\": \"甲\"}, {\"zh\": \"乙\"}], \"rows\": [{\"id\": \"r1\", \"cells\": [{\"zh\": \"1\"}]}]}"
            + "| chapters[0].sections[0].blocks[0]: 表“t”的行“r1”有 1 个单元格，而表头有 2 列",
        "{\"type\": \"diagram\", \"id\": \"d\", \"kind\": \"PROCESS\", \"nodes\": [{\"id\": \"a\", \"label\": {\"zh\": \"甲\"}}], \"edges\": [{\"from\": \"a\", \"to\": \"z\"}]}"
            + "| chapters[0].sections[0].blocks[0]: 图示“d”中的箭头 a → z 指向图中没有的方框"})
    void aValueARecordRefusesIsNamedInChineseWithItsPath(String block, String expected) {
        assertThat(rejected(withBlock(block))).startsWith("report.json:").endsWith(expected);
    }

    @Test
    void aReportingYearOutOfRangeIsNamedInChinese() {
        assertThat(rejected("{\"formatVersion\": 1, \"settings\": {\"year\": 20240}}"))
                .endsWith("settings: 报告年度 20240 不是合理的年份（应在 1900 到 2999 之间）");
    }
}
