package org.esgstudio.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {
    private final FigureFinder finder = new FigureFinder();

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"两,2", "九,9", "十,10", "十六,16", "二十,20", "六十二,62", "一百零五,105", "三千五百,3500", "十万,100000",
        "一万二千,12000", "三亿五千万,350000000", "一万亿,1000000000000", "万亿,1000000000000", "亿,100000000",
        "百,100", "千,1000"})
    void readsPositionalNumerals(String numeral, long value) {
        assertThat(ChineseNumerals.parse(numeral)).isEqualByComparingTo(String.valueOf(value));
    }

    @ParameterizedTest(name = "{0} is no single number")
    @ValueSource(strings = {"三四", "零三", "", "一二三"})
    void rejectsRunsThatAreNoSingleNumber(String numeral) {
        assertThat(ChineseNumerals.parse(numeral)).isNull();
    }

    @Test
    void readsYearsWrittenDigitByDigit() {
        assertThat(ChineseNumerals.digitByDigit("二零二三")).isEqualTo(2023);
        assertThat(ChineseNumerals.digitByDigit("二〇二四")).isEqualTo(2024);
        assertThat(ChineseNumerals.digitByDigit("两零")).isNull();
    }

    @ParameterizedTest(name = "«{0}» → {1} {2} {3}")
    @CsvSource({"召开两次会议,2,次,NONE", "共九项机制,9,项,NONE", "近十万户,10,万户,NEAR", "数十万名客户,10,万名,APPROX",
        "超万亿元,1,万亿元,OVER", "近亿条数据,1,亿条,NEAR", "百余位专家,100,位,PLUS", "逾千名志愿者,1000,名,OVER",
        "十二万人次,12,万人次,NONE", "三至五年,3,年,NONE", "成本下降百分之五十,50,%,NONE"})
    void countsWrittenInChineseNumeralsAreFigures(String text, String value, String unit, Qualifier qualifier) {
        FigureMention m = finder.find(text).get(0);

        assertThat(m.value()).isEqualByComparingTo(value);
        assertThat(m.unit()).isEqualTo(unit);
        assertThat(m.qualifier()).isEqualTo(qualifier);
    }

    @Test
    void aRangeInChineseNumeralsHasBothEnds() {
        assertThat(finder.find("三至五年")).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MentionKind.RANGE);
            assertThat(m.upper()).isEqualByComparingTo("5");
        });
    }

    @ParameterizedTest(name = "«{0}» holds no figure")
    @ValueSource(strings = {"一项重要举措", "降低二次起火风险", "十分重要", "服务千家万户", "百年一遇", "统一管理", "万一发生",
        "千万不要", "走进百姓生活", "一是完善制度，二是加强培训", "三农工作", "五湖四海", "达到亿元级", "“三会一层”治理架构"})
    void numeralsInsideWordsAreNoFigures(String text) {
        assertThat(finder.find(text)).noneMatch(FigureMention::isFigure);
    }

    @Test
    void ordinalsAnniversariesAndGradesAreNoFigures() {
        List<FigureMention> mentions = finder.find("第二道防线、成立十六周年、等保三级、第一个完整年度");

        assertThat(mentions).extracting(FigureMention::kind).containsOnly(MentionKind.ORDINAL);
        assertThat(mentions).extracting(FigureMention::raw).containsExactly("第二", "十六周年", "三级", "第一个");
    }
}
