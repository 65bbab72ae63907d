package org.esgstudio.layout.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** An item wider than the column is broken after the last character that fits, and reported. */
class EmergencyBreakTest {
    private final List<EmergencyBreak> reports = new ArrayList<>();

    private List<LaidLine> lines(String text, double widthEm) {
        return new LineBreaker(problem -> { }, reports::add).lines(Paragraphs.justified(text, widthEm));
    }

    @Test
    void breaksALongUrlAfterTheLastCharacterThatFits() {
        List<LaidLine> lines = lines("见https://www.example.com/abcdefghijklmnopqrstuvwxyz/0123456789。", 10);

        assertThat(Paragraphs.texts(lines))
                .containsExactly("见https://", "www.example.com/abcde", "fghijklmnopqrstuvwxy", "z/0123456789。");
        assertThat(lines).allSatisfy(line -> assertThat(line.width()).isLessThanOrEqualTo(100 + 1e-9));
        assertThat(reports).extracting(EmergencyBreak::item).containsExactly("abcdefghijklmnopqrstuvwxyz/");
    }

    @Test
    void breaksASixtyDigitNumberIntoFullLines() {
        String digits = "123456789012345678901234567890123456789012345678901234567890";
        List<LaidLine> lines = lines(digits, 10);

        assertThat(Paragraphs.texts(lines)).containsExactly(digits.substring(0, 18), digits.substring(18, 36),
                digits.substring(36, 54), digits.substring(54));
        assertThat(reports).singleElement().satisfies(report -> {
            assertThat(report.item()).isEqualTo(digits);
            assertThat(report.itemWidth()).isEqualTo(330, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(report.available()).isEqualTo(100);
        });
    }

    @Test
    @Timeout(5)
    void setsOneCharacterPerLineInAColumnNarrowerThanACharacter() {
        List<LaidLine> lines = lines("一二三", 0.5);

        assertThat(Paragraphs.texts(lines)).containsExactly("一", "二", "三");
        assertThat(reports).hasSize(3);
    }
}
