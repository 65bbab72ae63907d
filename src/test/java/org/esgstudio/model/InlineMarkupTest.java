package org.esgstudio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.esgstudio.model.Inline.Emphasis;
import org.esgstudio.model.Inline.FigureRef;
import org.esgstudio.model.Inline.FootnoteRef;
import org.esgstudio.model.Inline.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InlineMarkupTest {

    @Test
    void plainTextIsOneTextRun() {
        assertThat(InlineMarkup.parse("公司持续推进绿色保险发展。"))
                .containsExactly(new Text("公司持续推进绿色保险发展。"));
    }

    @Test
    void emptyTextHasNoRuns() {
        assertThat(InlineMarkup.parse("")).isEmpty();
    }

    @Test
    void doubleStarsMarkEmphasisBetweenPlainRuns() {
        assertThat(InlineMarkup.parse("全年**绿色保险保费收入**稳步增长"))
                .containsExactly(new Text("全年"), new Emphasis("绿色保险保费收入"), new Text("稳步增长"));
    }

    @Test
    void footnoteReferenceNamesTheFootnoteId() {
        assertThat(InlineMarkup.parse("实现100%绿电[^n-re100]。"))
                .containsExactly(new Text("实现100%绿电"), new FootnoteRef("n-re100"), new Text("。"));
    }

    @Test
    void figureReferenceWithYearNamesIndicatorAndYear() {
        assertThat(InlineMarkup.parse("员工{{S.EMP.TOTAL@2023}}人"))
                .containsExactly(new Text("员工"), new FigureRef("S.EMP.TOTAL", 2023), new Text("人"));
    }

    @Test
    void figureReferenceWithoutYearMeansTheReportingYear() {
        assertThat(InlineMarkup.parse("{{S.EMP.TOTAL}}"))
                .containsExactly(new FigureRef("S.EMP.TOTAL", null));
    }

    @Test
    void spacesInsideMarksAreIgnored() {
        assertThat(InlineMarkup.parse("[^ n3 ]{{ E.GHG.TOTAL @ 2022 }}"))
                .containsExactly(new FootnoteRef("n3"), new FigureRef("E.GHG.TOTAL", 2022));
    }

    @Test
    void emphasisIsSplitAroundReferencesInsideIt() {
        assertThat(InlineMarkup.parse("**减排[^n1]成效**"))
                .containsExactly(new Emphasis("减排"), new FootnoteRef("n1"), new Emphasis("成效"));
    }

    @Test
    void allKindsOfRunsInOneText() {
        assertThat(InlineMarkup.parse("截至年末，**员工总数**达{{S.EMP.TOTAL}}人[^n2]，较{{S.EMP.TOTAL@2023}}人增长。"))
                .containsExactly(new Text("截至年末，"), new Emphasis("员工总数"), new Text("达"),
                        new FigureRef("S.EMP.TOTAL", null), new Text("人"), new FootnoteRef("n2"), new Text("，较"),
                        new FigureRef("S.EMP.TOTAL", 2023), new Text("人增长。"));
    }

    /** Source is as typed in report.json; expected is the single plain text run it stands for. */
    @ParameterizedTest(name = "{0} reads as plain {1}")
    @CsvSource(delimiter = '|', textBlock = """
            \\*\\*不是重点\\*\\*   | **不是重点**
            \\[^n1]               | [^n1]
            \\{{S.EMP.TOTAL}}     | {{S.EMP.TOTAL}}
            反斜杠\\\\本身         | 反斜杠\\本身
            5 \\* 3               | 5 * 3
            单个*星号              | 单个*星号
            单个{括号}与[方括号]     | 单个{括号}与[方括号]
            末尾反斜杠\\           | 末尾反斜杠\\
            """)
    void backslashEscapesAMarkCharacter(String source, String expected) {
        assertThat(InlineMarkup.parse(source)).containsExactly(new Text(expected));
    }

    @ParameterizedTest(name = "{0} is malformed at offset {1}")
    @CsvSource(delimiter = '|', textBlock = """
            开头[^n1 未闭合             | 2 | [^
            见[^]                      | 1 | [^]
            数值{{S.EMP.TOTAL 未闭合     | 2 | {{
            {{}}                       | 0 | {{}}
            共{{@2024}}人               | 1 | names no indicator
            x{{S.EMP.TOTAL@24}}        | 1 | four-digit year
            x{{S.EMP.TOTAL@二〇二四}}    | 1 | four-digit year
            **未闭合的重点               | 0 | never closed
            前**后                      | 1 | never closed
            **一**二**三                | 6 | never closed
            """)
    void malformedMarksRaiseMarkupExceptionWithTheOffset(String source, int offset, String words) {
        assertThatThrownBy(() -> InlineMarkup.parse(source))
                .isInstanceOfSatisfying(InlineMarkup.MarkupException.class, e -> {
                    assertThat(e.offset()).isEqualTo(offset);
                    assertThat(e.getMessage()).contains(words).contains("(at character " + (offset + 1) + ")");
                });
    }

    @Test
    void unclosedEmphasisIsReportedWhereItOpensEvenAfterAnEscapedStar() {
        // "**" opens at 0; "\*" is a literal star followed by a lone "*": the emphasis is never closed.
        assertThatThrownBy(() -> InlineMarkup.parse("**重点\\**"))
                .isInstanceOfSatisfying(InlineMarkup.MarkupException.class, e -> assertThat(e.offset()).isZero());
    }

    @Test
    void formatEscapesMarkCharactersAndWritesMarks() {
        List<Inline> runs = List.of(new Text("a*b\\c"), new Emphasis("c[d]{e}"), new FootnoteRef("n1"),
                new FigureRef("E.GHG.TOTAL", 2023), new FigureRef("S.EMP.TOTAL", null), new Text("。"));

        String text = InlineMarkup.format(runs);

        assertThat(text).isEqualTo("a\\*b\\\\c**c\\[d\\]\\{e\\}**[^n1]{{E.GHG.TOTAL@2023}}{{S.EMP.TOTAL}}。");
        assertThat(InlineMarkup.parse(text)).isEqualTo(runs);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "公司持续推进绿色保险发展。",
        "全年**绿色保险保费收入**稳步增长",
        "**减排[^n1]成效**显著",
        "截至年末，**员工总数**达{{S.EMP.TOTAL}}人[^n2]，较{{S.EMP.TOTAL@2023}}人增长。",
        "\\*\\*不是重点\\*\\*，\\[^n1]，\\{{X}}，反斜杠\\\\",
        "单个*星号、{括号}、[方括号]、}}、]、末尾反斜杠\\",
        "[^ n3 ]{{ E.GHG.TOTAL @ 2022 }}",
        "****空的重点",
        "**a****b**",
        "***三颗星**",
        "{{A.B}}}",
        "\\a\\b不是转义",
    })
    void formatOfParseIsStableOnItsOwnOutput(String source) {
        String once = InlineMarkup.format(InlineMarkup.parse(source));

        assertThat(InlineMarkup.format(InlineMarkup.parse(once))).isEqualTo(once);
        assertThat(InlineMarkup.parse(once)).isEqualTo(InlineMarkup.parse(source));
    }

    @Test
    void plainTextDropsMarksAndFootnotesAndShowsFigures() {
        String plain = InlineMarkup.plainText("**员工**{{S.EMP.TOTAL}}人[^n1]，\\*注",
                ref -> ref.indicator().equals("S.EMP.TOTAL") && ref.year() == null ? "8,214" : "?");

        assertThat(plain).isEqualTo("员工8,214人，*注");
    }
}
