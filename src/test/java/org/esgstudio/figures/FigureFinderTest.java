package org.esgstudio.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Behaviour beyond the numbers.md catalogue: change statements, lists, levels and texts from the sample reports. */
class FigureFinderTest {
    private final FigureFinder finder = new FigureFinder();

    private FigureMention only(String text, String raw) {
        return finder.find(text).stream().filter(m -> m.raw().equals(raw)).findFirst()
                .orElseThrow(() -> new AssertionError(raw + " not found in " + finder.find(text)));
    }

    @Test
    void aRespectivelyListTakesTheDirectionOnlyWhileTheListLasts() {
        List<FigureMention> figures = finder.figures("同比增长10.21%，支付赔款104.87亿元，分别增长3%、4%和5%");

        assertThat(figures).extracting(FigureMention::direction).containsExactly(Direction.INCREASE, Direction.NONE,
                Direction.INCREASE, Direction.INCREASE, Direction.INCREASE);
    }

    @Test
    void fromAndToAreTwoLevelsNotARangeOrAChange() {
        List<FigureMention> mentions = finder.find("平均结案周期由10.2天缩短至8.6天，工伤人数由9人降至6人");

        assertThat(mentions).extracting(FigureMention::raw).containsExactly("10.2天", "8.6天", "9人", "6人");
        assertThat(mentions).allSatisfy(m -> {
            assertThat(m.kind()).isEqualTo(MentionKind.FIGURE);
            assertThat(m.direction()).isEqualTo(Direction.NONE);
        });
    }

    @Test
    void theBaseYearIsFoundAcrossABracketedAside() {
        FigureMention m = only("人均排放较2022年基准（1.68吨二氧化碳当量/人）下降40%", "40%");

        assertThat(m.direction()).isEqualTo(Direction.DECREASE);
        assertThat(m.baseYear()).isEqualTo(2022);
        assertThat(only("人均排放较2022年基准（1.68吨二氧化碳当量/人）下降40%", "1.68吨二氧化碳当量/人").direction())
                .isEqualTo(Direction.NONE);
    }

    @Test
    void comparedWithLastYearHasADirectionButNoWrittenBaseYear() {
        FigureMention m = only("员工人均培训时长较上年增加6.59小时", "6.59小时");

        assertThat(m.direction()).isEqualTo(Direction.INCREASE);
        assertThat(m.baseYear()).isNull();
        assertThat(only("较上年末提高13.27个百分点", "13.27个百分点").kind()).isEqualTo(MentionKind.PERCENT_POINTS);
    }

    @Test
    void newlyAddedIsACountNotAnIncrease() {
        assertThat(only("监测系统新增12个可疑交易监测模型", "12个").direction()).isEqualTo(Direction.NONE);
    }

    @Test
    void qualifiersThatAreTheTailOfAnotherWordAreIgnored() {
        assertThat(only("全年节约3万度电", "3万度").qualifier()).isEqualTo(Qualifier.NONE);
        assertThat(only("最近3年", "3年").qualifier()).isEqualTo(Qualifier.NONE);
        assertThat(only("权重不低于10%", "不低于10%").qualifier()).isEqualTo(Qualifier.REACH);
        assertThat(only("单笔金额不超过5万元", "不超过5万元").qualifier()).isEqualTo(Qualifier.AT_MOST);
    }

    @Test
    void ratiosToOneAndTemperaturesKeepTheirUnit() {
        assertThat(only("继任者与关键岗位之比达到1.8∶1；", "达到1.8∶1").unit()).isEqualTo(":1");
        assertThat(only("夏季空调温度不低于26℃", "不低于26℃").unit()).isEqualTo("℃");
        assertThat(only("出水总氮均值下降1.2毫克/升", "1.2毫克/升").unit()).isEqualTo("毫克/升");
    }

    @Test
    void labelsAndStreetNumbersAreNoFigures() {
        assertThat(only("对应价值链标准的类别6。", "6").kind()).isEqualTo(MentionKind.NAME);
        assertThat(only("其他间接（范围3）温室气体排放", "3").kind()).isEqualTo(MentionKind.NAME);
        assertThat(only("剑南大道中段1666号衡川环境大厦", "1666号").kind()).isEqualTo(MentionKind.ADDRESS);
        assertThat(finder.figures("如表3所示")).isEmpty();
    }

    @Test
    void aMinusSignMakesANegativeValue() {
        assertThat(only("-5.2%", "-5.2%").value()).isEqualByComparingTo("-5.2");
    }

    @ParameterizedTest(name = "«{0}» holds no figure")
    @ValueSource(strings = {"员工可在7:30至9:30之间到岗", "按照200年一遇的台风损失安排再保险", "2024届高校毕业生",
        "“禾速赔”3.0版上线", "开展“3·15”消费者权益保护教育宣传周", "ISO/IEC 27001信息安全管理体系", "Scope 3 排放",
        "减排CO2", "见附注12。", "访问www.esg2024.cn", "拨打12378热线", "手机13912345678"})
    void numbersThatAreNoFigures(String text) {
        assertThat(finder.find(text)).noneMatch(FigureMention::isFigure);
    }

    @Test
    void figuresKeepTheirRawTextAndOffsetsIntoTheTextAsGiven() {
        String text = "全年绿色保险保费收入２１．４７ 亿元，较 2023 年增长35.7%③。";
        for (FigureMention m : finder.find(text)) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.raw());
        }
        assertThat(finder.figures(text)).extracting(FigureMention::raw).containsExactly("２１．４７ 亿元", "35.7%");
        assertThat(only(text, "35.7%").baseYear()).isEqualTo(2023);
    }

    @Test
    void theFinderIsSafeToShareBetweenThreads() {
        String text = "2024年，公司实现保费收入168.35亿元，同比增长10.21%，服务客户超过1,280万人次，覆盖近十万户农户。";
        List<FigureMention> expected = finder.find(text);

        IntStream.range(0, 200).parallel().forEach(i -> assertThat(finder.find(text)).isEqualTo(expected));
    }

    @Test
    void mentionsNeverOverlapAndAlwaysQuoteTheTextAsGiven() {
        String alphabet = "0123456789,.-~+% ：:（）()〔〕第年月日号万亿千百十一二两三四五六七八九零〇余多约近超达至到以上下及"
                + "内个人次元吨*×xX对强GRIETOPSBC数几②⑤⼈⻋\n，。、“”\"/·@w百分之";
        Random random = new Random(20240101);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(25); k >= 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            int previousEnd = 0;
            for (FigureMention m : finder.find(text.toString())) {
                assertThat(m.start()).as("«%s»", text).isGreaterThanOrEqualTo(previousEnd);
                assertThat(m.end()).isGreaterThan(m.start());
                assertThat(m.raw()).isEqualTo(text.substring(m.start(), m.end()));
                previousEnd = m.end();
            }
        }
    }

    @Test
    void emptyAndNumberlessTextsHaveNoMentions() {
        assertThat(finder.find("")).isEmpty();
        assertThat(finder.find("保险+科技+服务")).isEmpty();
        assertThat(finder.find("   \n ")).isEmpty();
    }
}
