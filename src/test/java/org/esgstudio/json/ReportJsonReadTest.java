package org.esgstudio.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.esgstudio.i18n.InputRejectedException;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.ChapterKind;
import org.esgstudio.model.Heading;
import org.esgstudio.model.Image;
import org.esgstudio.model.Language;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportJsonReadTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final String BLOCK_TYPES =
            "paragraph, heading, list, caseStudy, dataTable, textTable, tiles, callout, image, chart, diagram";

    /** A report.json whose only section holds the given blocks (one per line, starting on line 14). */
    private static String withBlocks(String... blocks) {
        return """
                {
                  "formatVersion": 1,
                  "settings": {
                    "year": 2024,
                    "numberedSections": true
                  },
                  "chapters": [
                    {
                      "id": "c1",
                      "sections": [
                        {
                          "id": "s1",
                          "blocks": [
                """ + String.join(",\n", blocks) + """

                          ]
                        }
                      ]
                    }
                  ]
                }
                """;
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

    @Test
    void readsAMinimalReport() {
        Report report = ReportJson.read("report.json", withBlocks(
                "{\"type\": \"paragraph\", \"id\": \"p1\", \"text\": {\"zh\": \"正文**重点**\", \"en\": \"Body\"}}",
                "{\"type\": \"heading\", \"id\": \"h1\", \"level\": 2, \"text\": {\"zh\": \"小标题\"}}"));

        assertThat(report.settings().year()).isEqualTo(2024);
        assertThat(report.settings().languages()).containsExactly(Language.ZH);
        Chapter chapter = report.chapters().get(0);
        assertThat(chapter.kind()).isEqualTo(ChapterKind.CHAPTER);
        assertThat(chapter.sections().get(0).blocks()).containsExactly(
                new Paragraph("p1", LocalizedText.of("正文**重点**", "Body")),
                new Heading("h1", 2, LocalizedText.zh("小标题")));
    }

    @Test
    void aSyntaxErrorNamesTheFileLineAndColumn() {
        String json = """
                {
                  "formatVersion": 1,
                  "settings": {"year": 2024, "numberedSections": true},
                  "chapters": [ , ]
                }
                """;

        assertThat(rejected(json)).startsWith("report.json:4:17: JSON 语法错误：").contains("','");
    }

    @Test
    void aMissingCommaIsASyntaxErrorOnItsLine() {
        String json = "{\n  \"formatVersion\": 1\n  \"settings\": {}\n}\n";

        assertThat(rejected(json)).startsWith("report.json:3:").contains("JSON 语法错误");
    }

    @Test
    void truncatedJsonIsASyntaxError() {
        assertThat(rejected("{\"formatVersion\": 1, \"settings\": {\"year\": 2024")).contains("JSON 语法错误");
    }

    @Test
    void aKeyWrittenTwiceIsRefusedNamingTheKey() {
        assertThat(rejected("{\"formatVersion\": 1,\n\"formatVersion\": 1}"))
                .startsWith("report.json:2:").endsWith(": 字段“formatVersion”在同一个对象中出现了两次（后一个会悄悄覆盖前一个）：请删去多余的一个");
    }

    @Test
    void anUnknownBlockTypeNamesTheTypeThePathAndTheKnownTypes() {
        String json = withBlocks(
                "{\"type\": \"paragraph\", \"id\": \"b1\"}",
                "{\"type\": \"heading\", \"id\": \"b2\", \"level\": 1}",
                "{\"type\": \"poem\", \"id\": \"b3\"}");

        assertThat(rejected(json)).startsWith("report.json:16:")
                .contains("chapters[0].sections[0].blocks[2]: 未知的类型“poem”（可用的类型：" + BLOCK_TYPES + "）");
    }

    @Test
    void theBlockPathCountsSectionsAndBlocks() {
        String json = """
                {"formatVersion": 1, "settings": {"year": 2024, "numberedSections": true},
                 "chapters": [{"id": "c1", "sections": [{"id": "s1"}, {"id": "s2", "blocks": [
                   {"type": "paragraph", "id": "b1"}, {"type": "paragraph", "id": "b2"}, {"type": "table", "id": "b3"}]}]}]}
                """;

        assertThat(rejected(json)).contains("chapters[0].sections[1].blocks[2]: 未知的类型“table”");
    }

    @Test
    void anUnknownBlockTypeInsideACaseStudyNamesTheNestedPath() {
        String json = withBlocks("{\"type\": \"caseStudy\", \"id\": \"case\", \"body\": [{\"type\": \"quote\", \"id\": \"q\"}]}");

        assertThat(rejected(json)).contains("chapters[0].sections[0].blocks[0].body[0]: 未知的类型“quote”（可用的类型："
                + BLOCK_TYPES + "）");
    }

    @Test
    void anUnknownBlockTypeInsideALetterListsTheBlockTypes() {
        String json = """
                {"formatVersion": 1, "settings": {"year": 2024, "numberedSections": true},
                 "front": [{"type": "letter", "id": "letter", "body": [{"type": "poem", "id": "x"}]}]}
                """;

        assertThat(rejected(json)).contains("front[0].body[0]: 未知的类型“poem”（可用的类型：" + BLOCK_TYPES + "）");
    }

    @Test
    void anUnknownPartTypeListsThePartTypes() {
        String json = """
                {"formatVersion": 1, "settings": {"year": 2024, "numberedSections": true},
                 "front": [{"type": "foreword", "id": "x"}]}
                """;

        assertThat(rejected(json)).contains("front[0]: 未知的类型“foreword”（可用的类型：reportInfo, letter, highlights,");
    }

    @Test
    void aPartWithoutTypeIsReportedAsMissingType() {
        String json = """
                {"formatVersion": 1, "settings": {"year": 2024, "numberedSections": true},
                 "back": [{"id": "x"}]}
                """;

        assertThat(rejected(json)).startsWith("report.json:2:").contains("back[0]: 缺少 \"type\" 字段（可用的类型：")
                .contains("kpiTable");
    }

    @Test
    void anUnknownFieldNamesItsPath() {
        String json = """
                {"formatVersion": 1, "settings": {"year": 2024, "numberedSections": true},
                 "chapters": [{"id": "c1", "colour": "green"}]}
                """;

        assertThat(rejected(json)).startsWith("report.json:2:").endsWith("chapters[0].colour: 未知的字段“colour”");
    }

    @Test
    void anUnknownFieldOfABlockNamesTheBlockPath() {
        assertThat(rejected(withBlocks("{\"type\": \"paragraph\", \"id\": \"p1\", \"txt\": {\"zh\": \"正文\"}}")))
                .startsWith("report.json:14:").endsWith("chapters[0].sections[0].blocks[0].txt: 未知的字段“txt”");
    }

    @Test
    void aBlockWithoutIdIsReportedAsAMissingField() {
        assertThat(rejected(withBlocks("{\"type\": \"paragraph\", \"text\": {\"zh\": \"正文\"}}")))
                .startsWith("report.json:14:").endsWith("chapters[0].sections[0].blocks[0]: 缺少必需的字段“id”");
    }

    @Test
    void aChapterWithoutIdIsReportedAsAMissingField() {
        String json = """
                {"formatVersion": 1, "settings": {"year": 2024, "numberedSections": true},
                 "chapters": [{"title": {"zh": "第一章"}}]}
                """;

        assertThat(rejected(json)).endsWith("chapters[0]: 缺少必需的字段“id”");
    }

    @Test
    void aBrokenRecordInvariantSurfacesAsAReadableMessage() {
        assertThat(rejected(withBlocks("{\"type\": \"heading\", \"id\": \"h1\", \"level\": 7, \"text\": {\"zh\": \"标题\"}}")))
                .startsWith("report.json:14:")
                .endsWith("chapters[0].sections[0].blocks[0]: 小标题级别应为 1 或 2，不是 7");
    }

    @Test
    void aComparisonYearAfterTheReportingYearIsRejected() {
        String json = """
                {"formatVersion": 1,
                 "settings": {"year": 2024, "comparisonYears": [2025], "numberedSections": true}}
                """;

        assertThat(rejected(json)).startsWith("report.json:2:")
                .contains("settings: 对比年度 2025 应早于报告年度 2024");
    }

    @Test
    void aWrongEnumValueNamesTheValueAndTheType() {
        String json = """
                {"formatVersion": 1, "settings": {"year": 2024, "numberedSections": true},
                 "chapters": [{"id": "c1", "kind": "APPENDIX"}]}
                """;

        assertThat(rejected(json)).endsWith("chapters[0].kind: 值“APPENDIX”不是有效的 ChapterKind");
    }

    @Test
    void aValueOfTheWrongShapeIsReported() {
        String json = """
                {"formatVersion": 1, "settings": {"year": 2024, "numberedSections": true},
                 "chapters": {"id": "c1"}}
                """;

        assertThat(rejected(json)).contains("chapters: 此处的值类型不对");
    }

    @Test
    void anAbsentFlagTakesItsDefaultSoSectionsAreUnnumbered() {
        Report report = ReportJson.read("report.json", "{\"formatVersion\": 1, \"settings\": {\"year\": 2024}}");

        assertThat(report.settings().numberedSections()).isFalse();
    }

    @Test
    void anAbsentReportingYearIsRefusedByName() {
        assertThat(rejected("{\"formatVersion\": 1, \"settings\": {\"numberedSections\": true}}"))
                .endsWith("settings: 报告年度 0 不是合理的年份（应在 1900 到 2999 之间）");
    }

    @Test
    void anAbsentFormatVersionIsReportedAsAMissingField() {
        assertThat(rejected("{\"settings\": {\"year\": 2024}}")).contains("缺少必需的字段“formatVersion”");
    }

    @Test
    void anImageWithoutWidthPercentIsFullWidth() {
        Report report = ReportJson.read("report.json",
                withBlocks("{\"type\": \"image\", \"id\": \"img\", \"asset\": \"roof.png\"}"));

        assertThat(report.chapters().get(0).sections().get(0).blocks())
                .containsExactly(new Image("img", "roof.png", LocalizedText.EMPTY, 100));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 17})
    void aNewerFormatVersionAsksForAnUpgrade(int version) {
        String json = "{\"formatVersion\": " + version + ", \"settings\": {\"year\": 2024, \"numberedSections\": true},"
                + " \"futureField\": {}}";

        assertThat(rejected(json))
                .isEqualTo("report.json: 此文件的格式版本是 " + version + "，本版本只能读取到 1：请升级 ESG 报告工作台");
    }

    @Test
    void textThatIsNotAnObjectIsRejected() {
        assertThat(rejected("[]")).isEqualTo("report.json: 文件内容不是 JSON 对象");
        assertThat(rejected("")).isEqualTo("report.json: 文件内容不是 JSON 对象");
    }

    @Test
    void aReportWithoutSettingsIsRejected() {
        assertThat(rejected("{\"formatVersion\": 1, \"chapters\": []}"))
                .isEqualTo("report.json: (top): 缺少必需的字段“settings”");
    }

    @Test
    void theFileNameGivenIsTheOneInTheMessage() {
        try {
            ReportJson.read("/home/editor/青禾/report.json", "{");
        } catch (InputRejectedException e) {
            assertThat(e.message(ZH)).startsWith("/home/editor/青禾/report.json:1:");
            assertThat(e.problems()).hasSize(1);
            return;
        }
        throw new AssertionError("accepted");
    }

    @Test
    void missingOptionalListsAndTextsReadAsEmpty() {
        Report report = ReportJson.read("report.json",
                "{\"formatVersion\": 1, \"settings\": {\"year\": 2024, \"numberedSections\": false}}");

        assertThat(report.front()).isEmpty();
        assertThat(report.chapters()).isEmpty();
        assertThat(report.back()).isEmpty();
        assertThat(report.settings().title()).isEqualTo(LocalizedText.EMPTY);
        assertThat(report.settings().comparisonYears()).isEqualTo(List.of());
    }
}
