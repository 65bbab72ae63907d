package org.esgstudio.layout.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.esgstudio.layout.Rgb;

/**
 * Random paragraphs like report text: Han words, stops and pauses, bracketed and quoted words (nested too), dashes
 * and ellipses, numbers with units (10,745 / 56.92亿元 / 99.5% / 717人), English words, bold runs and footnote
 * markers (circled numbers in their own superscript span). English paragraphs too. Reproducible from a seed.
 */
final class GeneratedParagraphs {
    private static final String HAN = "报告公司员工环境治理社会责任绿色金融风险保障客户服务数据管理保险理赔乡村振兴碳排放能源消耗"
            + "培训志愿者公益捐赠供应商合规审计董事会战略可持续发展目标年度投入资金项目覆盖区域新能源车辆办公减少";
    private static final String[] STOPS = {"，", "。", "、", "；", "：", "！", "？"};
    private static final String[][] BRACKETS = {{"（", "）"}, {"「", "」"}, {"“", "”"}, {"《", "》"}, {"【", "】"},
            {"（《", "》）"}, {"“", "。”"}, {"「『", "』」"}, {"〔", "〕"}};
    private static final String[] NUMBERS = {"10,745", "56.92亿元", "99.5%", "2,450亿元", "717人", "2024年", "98.6%",
            "42亿元", "3.5%", "1,760余名", "8,181,555", "11,806.9", "0.49", "337,281次", "100%"};
    private static final String[] ENGLISH = {"ESG", "Scope", "GRI", "TCFD", "carbon", "neutrality", "SASB", "CO2",
            "APP", "AI", "green", "finance", "PDF", "report", "data", "insurance", "the", "of", "and", "a", "is"};
    private static final String[] MARKERS = {"①", "②", "③", "④", "⑤"};
    private static final TextStyle BOLD = Paragraphs.BODY.withColor(new Rgb(0, 90, 60));

    private GeneratedParagraphs() {
    }

    static List<Span> chinese(Random random, int tokens) {
        List<Span> spans = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int notes = 0;
        for (int t = 0; t < tokens; t++) {
            int kind = random.nextInt(20);
            if (kind < 8) {
                text.append(han(random));
            } else if (kind < 10) {
                text.append(han(random)).append(STOPS[random.nextInt(STOPS.length)]);
            } else if (kind < 12) {
                String[] pair = BRACKETS[random.nextInt(BRACKETS.length)];
                text.append(pair[0]).append(han(random)).append(pair[1]);
            } else if (kind < 13) {
                text.append(han(random)).append(random.nextBoolean() ? "——" : "……");
            } else if (kind < 16) {
                text.append(han(random)).append(NUMBERS[random.nextInt(NUMBERS.length)]);
            } else if (kind < 17) {
                text.append(han(random)).append(ENGLISH[random.nextInt(ENGLISH.length)]);
                if (random.nextInt(3) == 0) {
                    text.append(' ').append(ENGLISH[random.nextInt(ENGLISH.length)]);
                }
            } else if (kind < 18) {
                flush(spans, text, Paragraphs.BODY);
                text.append(han(random)).append(NUMBERS[random.nextInt(NUMBERS.length)]);
                flush(spans, text, BOLD);
            } else if (kind < 19 && text.length() > 0) {
                flush(spans, text, Paragraphs.BODY);
                notes++;
                spans.add(new Span(MARKERS[notes % MARKERS.length], Paragraphs.MARKER, "note-" + notes, null));
            } else {
                text.append(han(random)).append('。');
            }
        }
        text.append(han(random)).append('。');
        flush(spans, text, Paragraphs.BODY);
        return spans;
    }

    static List<Span> english(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                text.append(random.nextInt(12) == 0 ? "  " : " ");
            }
            int kind = random.nextInt(12);
            if (kind == 0) {
                text.append(NUMBERS[random.nextInt(3)]);
            } else if (kind == 1) {
                text.append('(').append(ENGLISH[random.nextInt(ENGLISH.length)]).append(')');
            } else {
                text.append(ENGLISH[random.nextInt(ENGLISH.length)]);
                if (kind == 2) {
                    text.append(random.nextBoolean() ? "," : ".");
                }
            }
        }
        text.append('.');
        return List.of(new Span(text.toString(), Paragraphs.BODY));
    }

    private static String han(Random random) {
        int length = 1 + random.nextInt(4);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(HAN.charAt(random.nextInt(HAN.length())));
        }
        return out.toString();
    }

    private static void flush(List<Span> spans, StringBuilder text, TextStyle style) {
        if (text.length() > 0) {
            spans.add(new Span(text.toString(), style));
            text.setLength(0);
        }
    }
}
