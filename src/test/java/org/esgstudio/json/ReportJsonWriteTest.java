package org.esgstudio.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.ChapterKind;
import org.esgstudio.model.Footnote;
import org.esgstudio.model.Heading;
import org.esgstudio.model.Image;
import org.esgstudio.model.Language;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.Report;
import org.esgstudio.model.ReportSettings;
import org.esgstudio.model.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportJsonWriteTest {

    private static Report small() {
        ReportSettings settings = new ReportSettings(LocalizedText.of("青禾财产保险股份有限公司", "Qinghe P&C"),
                LocalizedText.zh("青禾财险"), 2024, List.of(2023), LocalizedText.zh("2024年ESG报告"),
                List.of(Language.ZH, Language.EN), "default", true);
        Paragraph paragraph = new Paragraph("p1", LocalizedText.of("正文[^n1]", ""),
                List.of(new Footnote("n1", LocalizedText.zh("注释"))));
        Section section = new Section("s1", LocalizedText.zh("小节"), List.of(paragraph,
                new Heading("h", 1, LocalizedText.zh("标题")), new Image("img", "a.png", LocalizedText.EMPTY, 0)));
        Chapter chapter = new Chapter("c1", ChapterKind.CHAPTER, LocalizedText.zh("绿色"), null, LocalizedText.EMPTY,
                List.of(section));
        return new Report(settings, List.of(), List.of(chapter), List.of());
    }

    private static String sample(String name) throws IOException {
        return Files.readString(Path.of("sample-reports", name, "report.json"), StandardCharsets.UTF_8);
    }

    @Test
    void writesTwoSpaceIndentedJsonInModelOrderLeavingOutEmptyValues() {
        assertThat(ReportJson.write(small())).isEqualTo("""
                {
                  "formatVersion": 1,
                  "settings": {
                    "company": {
                      "zh": "青禾财产保险股份有限公司",
                      "en": "Qinghe P&C"
                    },
                    "shortName": {
                      "zh": "青禾财险"
                    },
                    "year": 2024,
                    "comparisonYears": [
                      2023
                    ],
                    "title": {
                      "zh": "2024年ESG报告"
                    },
                    "languages": [
                      "ZH",
                      "EN"
                    ],
                    "theme": "default",
                    "numberedSections": true
                  },
                  "chapters": [
                    {
                      "id": "c1",
                      "kind": "CHAPTER",
                      "title": {
                        "zh": "绿色"
                      },
                      "sections": [
                        {
                          "id": "s1",
                          "title": {
                            "zh": "小节"
                          },
                          "blocks": [
                            {
                              "type": "paragraph",
                              "id": "p1",
                              "text": {
                                "zh": "正文[^n1]"
                              },
                              "notes": [
                                {
                                  "id": "n1",
                                  "text": {
                                    "zh": "注释"
                                  }
                                }
                              ]
                            },
                            {
                              "type": "heading",
                              "id": "h",
                              "level": 1,
                              "text": {
                                "zh": "标题"
                              }
                            },
                            {
                              "type": "image",
                              "id": "img",
                              "asset": "a.png",
                              "widthPercent": 100
                            }
                          ]
                        }
                      ]
                    }
                  ]
                }
                """);
    }

    @Test
    void aBlankReportWritesOnlyItsSettings() {
        String text = ReportJson.write(Report.blank("青禾财险", 2024));

        assertThat(text).doesNotContain("\"front\"", "\"chapters\"", "\"back\"").endsWith("}\n");
        assertThat(ReportJson.read("report.json", text)).isEqualTo(Report.blank("青禾财险", 2024));
    }

    @ParameterizedTest
    @ValueSource(strings = {"qinghe-2024", "hengchuan-2024"})
    void writeOfReadGivesBackTheSamplesReportJsonByteForByte(String name) throws IOException {
        String text = sample(name);

        assertThat(ReportJson.write(ReportJson.read("report.json", text))).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"qinghe-2024", "hengchuan-2024"})
    void writtenTextIsCanonical(String name) throws IOException {
        String text = ReportJson.write(ReportJson.read("report.json", sample(name)));

        assertThat(text).startsWith("{\n  \"formatVersion\": 1,\n  \"settings\": {\n").endsWith("\n}\n")
                .doesNotContain("\r", "\t", ": null", ": []", ": {}", ": \"\"");
        assertThat(text.lines()).allSatisfy(line -> {
            int indent = line.length() - line.stripLeading().length();
            assertThat(indent % 2).as("indent of: " + line).isZero();
            assertThat(line).as("no trailing blanks").doesNotEndWith(" ");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"qinghe-2024", "hengchuan-2024"})
    void readOfWriteGivesBackAnEqualReport(String name) throws IOException {
        Report report = ReportJson.read("report.json", sample(name));

        assertThat(ReportJson.read("report.json", ReportJson.write(report))).isEqualTo(report);
    }
}
