package org.esgstudio.layout.font;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Prints how long reading the 10 MB Noto Sans SC takes, and the cost of measuring a character. Timings depend on
 * the machine: this test prints them (target/surefire-reports/*-output.txt) and asserts only results, never time.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FontParseTimeTest {

    @Test
    @Order(1) // first, to see the parse of a cold JVM (when no other test class ran before)
    void printsTheParseTimeOfNotoSansSc() {
        long readStart = System.nanoTime();
        byte[] data = TestFonts.bytes(TestFonts.SANS_REGULAR);
        long readNanos = System.nanoTime() - readStart;

        long firstStart = System.nanoTime();
        TrueTypeFont font = TrueTypeFont.parse(data);
        long firstNanos = System.nanoTime() - firstStart;

        long[] runs = new long[30];
        for (int i = 0; i < runs.length; i++) {
            long start = System.nanoTime();
            TrueTypeFont.parse(data);
            runs[i] = System.nanoTime() - start;
        }
        Arrays.sort(runs);
        System.out.printf("Noto Sans SC (%d bytes): classpath read %.1f ms; parse first %.1f ms, then median %.2f ms,"
                + " fastest %.2f ms%n", data.length, readNanos / 1e6, firstNanos / 1e6, runs[runs.length / 2] / 1e6,
                runs[0] / 1e6);

        assertThat(font.numGlyphs()).isEqualTo(30898);
    }

    @Test
    @Order(2)
    void printsTheCostOfMeasuringACharacter() {
        TrueTypeMetrics metrics = new TrueTypeMetrics(TestFonts.parse(TestFonts.SANS_REGULAR), StandardFaces.SANS_REGULAR);
        StringBuilder text = new StringBuilder();
        while (text.length() < 200_000) {
            text.append("2023年，公司温室气体排放总量为12,345吨二氧化碳当量（tCO2e），同比下降5.6%。");
        }
        double width = 0;
        for (int i = 0; i < 5; i++) {
            width = metrics.width(text, 10.5); // warm up
        }
        long start = System.nanoTime();
        int rounds = 20;
        for (int i = 0; i < rounds; i++) {
            width = metrics.width(text, 10.5);
        }
        double nanosPerCharacter = (System.nanoTime() - start) / (double) rounds / text.length();
        System.out.printf("TrueTypeMetrics.advance: %.1f ns per character%n", nanosPerCharacter);

        assertThat(width).isPositive();
    }
}
