package org.esgstudio.layout.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where lines may end: ICU zh@lb=strict plus the Chinese prohibitions; "|" marks every allowed break. */
class BreakOpportunitiesTest {

    /** The text with "|" at every allowed break (footnote markers as in {@link Paragraphs#spans}). */
    static String segmented(String marked) {
        ParagraphText p = ParagraphText.collect(Paragraphs.spans(marked));
        new GlyphFallback(problem -> { }).resolve(p);
        boolean[] allowed = new BreakOpportunities().find(p);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < p.length; i++) {
            if (i > 0 && allowed[i]) {
                out.append('|');
            }
            out.appendCodePoint(p.source[i]);
        }
        return out.toString();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '¦', textBlock = """
            本公司员工717人，营收42亿元，占比98.6%。  ¦ 本|公|司|员|工|717人，|营|收|42亿|元，|占|比|98.6%。
            共计2,450亿元的投资——这是……真的。     ¦ 共|计|2,450亿|元|的|投|资——|这|是……|真|的。
            他说：“你好。”（注）「测试」。          ¦ 他|说：|“你|好。”|（注）|「测|试」。
            之）、。」再「『（《综                   ¦ 之）、。」|再|「『（《综
            10,745小时，56.92亿元，99.5%          ¦ 10,745小|时，|56.92亿|元，|99.5%
            2024 年 47.1 亿元                     ¦ 2024 年 |47.1 亿|元
            增长12％以上                           ¦ 增|长|12％|以|上
            １２３全角                             ¦ １２３|全|角
            中·国                                 ¦ 中·|国
            一二——三四                             ¦ 一|二——|三|四
            一二……                                 ¦ 一|二……
            ab—cd                                  ¦ ab—|cd
            Latin words, never split.             ¦ Latin |words, |never |split.
            温室气体（CO2）排放                     ¦ 温|室|气|体|（CO2）|排|放
            """)
    void breaksOnlyWhereChineseTypesettingAllows(String text, String expected) {
        assertThat(segmented(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '¦', textBlock = """
            共8,181,555“理”治                     ¦ 共|8,181,555|“理”|治
            称“禾速赔”2024年上线                  ¦ 称|“禾|速|赔”|2024年|上|线
            the company’s report                   ¦ the |company’s |report
            """)
    void breaksBesideChineseQuotesAsBesideBrackets(String text, String expected) {
        assertThat(segmented(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '¦', textBlock = """
            绿电。^n13[⑬]再说                       ¦ 绿|电。⑬|再|说
            见附注^n1[1]的说明                      ¦ 见|附|注1|的|说|明
            合计42^n2[2]人                          ¦ 合|计|422|人
            The total ^n3[3] is high               ¦ The |total 3 |is |high
            """)
    void neverBreaksBeforeOrInsideAFootnoteMarker(String text, String expected) {
        assertThat(segmented(text)).isEqualTo(expected);
    }
}
