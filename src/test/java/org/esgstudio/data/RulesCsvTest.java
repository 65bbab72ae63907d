package org.esgstudio.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.esgstudio.i18n.InputRejectedException;
import org.esgstudio.model.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RulesCsvTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final DataSet DATA = new DataSet(List.of(
            indicator("E.GHG.TOTAL"), indicator("E.GHG.SCOPE1"), indicator("E.GHG.SCOPE2"), indicator("S.EMP.TOTAL"),
            indicator("E.GHG.INTENSITY"), indicator("S.EMP.AGE.31TO50")), List.of(), List.of());

    private static Indicator indicator(String code) {
        return new Indicator(code, LocalizedText.zh(code), null, "吨", 2, null, null, null, null);
    }

    private static List<Rule> read(String text) {
        return RulesCsv.read("rules.csv", text, DATA);
    }

    private static InputRejectedException rejected(String text) {
        try {
            read(text);
        } catch (InputRejectedException e) {
            return e;
        }
        throw new AssertionError("rules.csv was accepted:\n" + text);
    }

    @Test
    void readsRulesUnderChineseHeaders() {
        List<Rule> rules = read("""
                \uFEFF规则名称,表达式
                温室气体排放按范围合计,E.GHG.TOTAL = E.GHG.SCOPE1 + E.GHG.SCOPE2
                排放强度, E.GHG.INTENSITY = E.GHG.TOTAL / (S.EMP.TOTAL * 10000) * 100\s
                年龄段,S.EMP.AGE.31TO50 = S.EMP.TOTAL - 12.5
                """);

        assertThat(rules).containsExactly(
                new Rule("温室气体排放按范围合计", "E.GHG.TOTAL = E.GHG.SCOPE1 + E.GHG.SCOPE2"),
                new Rule("排放强度", "E.GHG.INTENSITY = E.GHG.TOTAL / (S.EMP.TOTAL * 10000) * 100"),
                new Rule("年龄段", "S.EMP.AGE.31TO50 = S.EMP.TOTAL - 12.5"));
    }

    @Test
    void readsRulesUnderEnglishHeadersInEitherOrder() {
        assertThat(read("Expression,Name\nE.GHG.TOTAL = E.GHG.SCOPE1 + E.GHG.SCOPE2,scopes\n"))
                .containsExactly(new Rule("scopes", "E.GHG.TOTAL = E.GHG.SCOPE1 + E.GHG.SCOPE2"));
    }

    @Test
    void anEmptyFileHoldsNoRules() {
        assertThat(read("")).isEmpty();
        assertThat(read("规则名称,表达式\n\n")).isEmpty();
    }

    @Test
    void aRuleNamingAnUnknownIndicatorIsReportedAtItsExpressionCell() {
        InputRejectedException e = rejected("规则名称,表达式\n合计,E.GHG.TOTAL = E.GHG.SCOPE1 + E.GHG.SCOPE3\n");

        assertThat(e.message(ZH)).isEqualTo("rules.csv!B2: 规则“合计”引用了数据中没有的指标“E.GHG.SCOPE3”");
    }

    /** Header: A 规则名称, B 表达式; the rule is on line 2. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            E.GHG.TOTAL = E.GHG.SCOPE1 = E.GHG.SCOPE2   | rules.csv!B2: 表达式“E.GHG.TOTAL = E.GHG.SCOPE1 = E.GHG.SCOPE2”必须恰好含一个 =
            E.GHG.TOTAL == E.GHG.SCOPE1                 | rules.csv!B2: 表达式“E.GHG.TOTAL == E.GHG.SCOPE1”必须恰好含一个 =
            E.GHG.TOTAL + E.GHG.SCOPE1                  | rules.csv!B2: 表达式“E.GHG.TOTAL + E.GHG.SCOPE1”必须恰好含一个 =
            E.GHG.TOTAL = E.GHG.SCOPE1 % 2              | rules.csv!B2: 表达式中有无法识别的字符“%”
            E.GHG.TOTAL = e.ghg.scope1                  | rules.csv!B2: 表达式中有无法识别的字符“e”
            E.GHG.TOTAL ＝ E.GHG.SCOPE1                  | rules.csv!B2: 表达式中有无法识别的字符“＝”
            E.GHG.TOTAL = (E.GHG.SCOPE1 + E.GHG.SCOPE2  | rules.csv!B2: 表达式“E.GHG.TOTAL = (E.GHG.SCOPE1 + E.GHG.SCOPE2”的括号不配对
            E.GHG.TOTAL) = (E.GHG.SCOPE1                | rules.csv!B2: 表达式“E.GHG.TOTAL) = (E.GHG.SCOPE1”的括号不配对
            E.GHG.TOTAL = E.GHG.SCOPE1 + E.GHG.SCOPE2)  | rules.csv!B2: 表达式“E.GHG.TOTAL = E.GHG.SCOPE1 + E.GHG.SCOPE2)”的括号不配对
            """)
    void aMalformedExpressionIsReportedAtItsCell(String expression, String expected) {
        InputRejectedException e = rejected("规则名称,表达式\n合计," + expression + "\n");

        assertThat(e.problems()).hasSize(1);
        assertThat(e.message(ZH)).startsWith(expected);
    }

    @Test
    void aNameUsedTwiceIsReportedWithTheEarlierLine() {
        InputRejectedException e = rejected("""
                规则名称,表达式
                合计,E.GHG.TOTAL = E.GHG.SCOPE1 + E.GHG.SCOPE2

                合计,S.EMP.TOTAL = S.EMP.AGE.31TO50
                """);

        assertThat(e.message(ZH)).isEqualTo("rules.csv!A4: 规则名称“合计”重复（第 2 行已有）");
    }

    @Test
    void aRuleWithoutANameIsReported() {
        assertThat(rejected("规则名称,表达式\n ,E.GHG.TOTAL = E.GHG.SCOPE1\n").message(ZH))
                .isEqualTo("rules.csv!A2: 规则名称为空");
    }

    @Test
    void aFileWithoutTheTwoColumnsIsRejected() {
        assertThat(rejected("名称,公式\n合计,E.GHG.TOTAL = E.GHG.SCOPE1\n").message(ZH))
                .isEqualTo("rules.csv!1:1: 缺少“规则名称”和“表达式”两列");
    }

    @Test
    void anUnclosedQuoteIsReportedWithItsLine() {
        assertThat(rejected("规则名称,表达式\n\"合计,E.GHG.TOTAL = E.GHG.SCOPE1\n").message(ZH))
                .isEqualTo("rules.csv:2: 以双引号开始的字段没有闭合");
    }

    @Test
    void everyBadRuleIsReportedTogether() {
        InputRejectedException e = rejected("""
                规则名称,表达式
                甲,E.GHG.TOTAL = E.GHG.SCOPE1 + E.GHG.NOPE + E.GHG.GONE
                乙,E.GHG.TOTAL = = E.GHG.SCOPE1
                丙,E.GHG.TOTAL = E.GHG.SCOPE1 + E.GHG.SCOPE2
                甲,E.GHG.TOTAL = E.GHG.SCOPE1
                """);

        assertThat(e.problems()).extracting(p -> p.message(ZH)).satisfiesExactly(
                m -> assertThat(m).isEqualTo("rules.csv!B2: 规则“甲”引用了数据中没有的指标“E.GHG.NOPE”"),
                m -> assertThat(m).isEqualTo("rules.csv!B2: 规则“甲”引用了数据中没有的指标“E.GHG.GONE”"),
                m -> assertThat(m).startsWith("rules.csv!B3: 表达式“E.GHG.TOTAL = = E.GHG.SCOPE1”必须恰好含一个 ="),
                m -> assertThat(m).isEqualTo("rules.csv!A5: 规则名称“甲”重复（第 2 行已有）"));
        assertThat(e.message(ZH)).startsWith("rules.csv: 发现 4 个问题，未导入任何内容：");
    }

    @Test
    void formatWritesTheHeaderAndRulesAndReadsBack() {
        List<Rule> rules = List.of(new Rule("合计", "E.GHG.TOTAL = E.GHG.SCOPE1 + E.GHG.SCOPE2"),
                new Rule("强度, 每人", "E.GHG.INTENSITY = E.GHG.TOTAL / S.EMP.TOTAL"));

        String text = RulesCsv.format(rules);

        assertThat(text).isEqualTo("\uFEFF规则名称,表达式\n合计,E.GHG.TOTAL = E.GHG.SCOPE1 + E.GHG.SCOPE2\n"
                + "\"强度, 每人\",E.GHG.INTENSITY = E.GHG.TOTAL / S.EMP.TOTAL\n");
        assertThat(read(text)).isEqualTo(rules);
    }

    @Test
    void ruleSyntaxListsTheCodesOnceInOrder() {
        assertThat(RuleSyntax.codes("E.GHG.TOTAL = E.GHG.SCOPE1 + E.GHG.SCOPE2 + E.GHG.SCOPE1 * 2"))
                .containsExactly("E.GHG.TOTAL", "E.GHG.SCOPE1", "E.GHG.SCOPE2");
        assertThat(RuleSyntax.problem("E.GHG.TOTAL = (E.GHG.SCOPE1 + E.GHG.SCOPE2) * 1.5")).isEmpty();
    }
}
