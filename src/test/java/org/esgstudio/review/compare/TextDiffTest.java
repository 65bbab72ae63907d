package org.esgstudio.review.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.esgstudio.review.compare.DiffSegment.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Diffs of Chinese and English report text: numbers and words whole, Chinese character by character. */
class TextDiffTest {

    private static DiffSegment same(String text) {
        return new DiffSegment(Kind.SAME, text);
    }

    private static DiffSegment deleted(String text) {
        return new DiffSegment(Kind.DELETED, text);
    }

    private static DiffSegment inserted(String text) {
        return new DiffSegment(Kind.INSERTED, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            用水量98,652立方米          | 用/水/量/98,652/立/方/米
            下降5.43%，增长１２．５％     | 下/降/5.43/%/，/增/长/１２．５/％
            ISO14001认证                | ISO14001/认/证
            In 2024 we can't  stop      | In/ /2024/ /we/ /can't/  /stop
            达到{{E.WATER@2024}}吨[^n1] | 达/到/{{E.WATER@2024}}/吨/[^n1]
            **重点**工作                 | **/重/点/**/工/作
            1,2,3，4                    | 1,2,3/，/4
            """)
    void numbersWordsAndMarksAreOneTokenAndChineseOneCharacter(String text, String expected) {
        List<String> tokens = DiffTokens.of(text);

        assertThat(String.join("", tokens)).isEqualTo(text);
        assertThat(tokens).containsExactly(expected.split("/"));
    }

    @Test
    void aChangedFigureIsOneReplacedToken() {
        assertThat(TextDiff.between("2024年用水量98,652立方米，同比下降5.43%。", "2024年用水量97,120立方米，同比下降5.43%。"))
                .containsExactly(same("2024年用水量"), deleted("98,652"), inserted("97,120"), same("立方米，同比下降5.43%。"));
    }

    @Test
    void changedChineseWordsAreReplacedCharacterByCharacter() {
        assertThat(TextDiff.between("围绕四大支柱统筹推进各项工作", "围绕四大支柱协同推进各项工作"))
                .containsExactly(same("围绕四大支柱"), deleted("统筹"), inserted("协同"), same("推进各项工作"));
        assertThat(TextDiff.between("公司开展培训", "公司开展了培训"))
                .containsExactly(same("公司开展"), inserted("了"), same("培训"));
    }

    @Test
    void englishWordsAreReplacedWhole() {
        assertThat(TextDiff.between("is pursued through four pillars", "is delivered through five pillars"))
                .containsExactly(same("is "), deleted("pursued"), inserted("delivered"), same(" through "),
                        deleted("four"), inserted("five"), same(" pillars"));
        assertThat(TextDiff.between("reduced by 5.43%", "reduced by 6.1%"))
                .containsExactly(same("reduced by "), deleted("5.43"), inserted("6.1"), same("%"));
    }

    @Test
    void oneSharedCharacterBetweenTwoEditsIsTakenIntoThem() {
        // Without the clean-up the shared 的 would cut one rewrite into two.
        assertThat(TextDiff.between("甲的乙", "丙的丁")).containsExactly(deleted("甲的乙"), inserted("丙的丁"));
    }

    @Test
    void emptySidesAreAllInsertedOrAllDeleted() {
        assertThat(TextDiff.between("", "新段落")).containsExactly(inserted("新段落"));
        assertThat(TextDiff.between("旧段落", null)).containsExactly(deleted("旧段落"));
        assertThat(TextDiff.between("相同", "相同")).containsExactly(same("相同"));
        assertThat(TextDiff.between("", "")).isEmpty();
    }
}
