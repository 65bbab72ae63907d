package org.esgstudio.layout.font;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.esgstudio.i18n.UserFacingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class FontLibraryTest {
    static final List<FontFace> STANDARD_FACES = StandardFaces.ALL;

    @ParameterizedTest(name = "{0} loads as its family")
    @FieldSource("STANDARD_FACES")
    void everyStandardFaceLoadsFromTheClasspath(FontFace face) {
        TrueTypeMetrics metrics = FontLibrary.shared().metrics(face);

        assertThat(metrics.face()).isEqualTo(face);
        assertThat(metrics.font().familyName()).isEqualTo(face.key().startsWith("sans") ? "Noto Sans SC" : "Noto Serif");
        assertThat(metrics.font().fullName()).endsWith(face.key().endsWith("bold") ? "Bold"
                : face.key().endsWith("italic") ? "Italic" : "Regular");
        assertThat(metrics.hasGlyph('A')).isTrue();
    }

    @Test
    void theSameFaceGivesTheSameInstances() {
        FontLibrary library = FontLibrary.shared();

        assertThat(library.metrics(StandardFaces.SERIF_BOLD)).isSameAs(library.metrics(StandardFaces.SERIF_BOLD));
        assertThat(library.font(StandardFaces.SERIF_BOLD)).isSameAs(library.font(StandardFaces.SERIF_BOLD))
                .isSameAs(library.metrics(StandardFaces.SERIF_BOLD).font());
    }

    @Test
    void facesSharingAFileShareTheParsedFontButKeepTheirOwnKey() {
        FontLibrary library = FontLibrary.shared();
        FontFace headings = new FontFace("headings", StandardFaces.SERIF_BOLD.resource());

        TrueTypeMetrics metrics = library.metrics(headings);

        assertThat(metrics.face()).isEqualTo(headings);
        assertThat(metrics).isNotSameAs(library.metrics(StandardFaces.SERIF_BOLD));
        assertThat(metrics.font()).isSameAs(library.font(StandardFaces.SERIF_BOLD));
    }

    @Test
    void bytesAreTheFileItselfAndACopyOnEachCall() throws IOException {
        FontLibrary library = FontLibrary.shared();
        byte[] onDisk = Files.readAllBytes(Path.of("assets/fonts/NotoSerif_400Regular_Italic.ttf"));

        byte[] first = library.bytes(StandardFaces.SERIF_ITALIC);
        first[0] = 42;

        assertThat(library.bytes(StandardFaces.SERIF_ITALIC)).isEqualTo(onDisk);
        assertThat(library.metrics(StandardFaces.SERIF_ITALIC).hasGlyph('A')).isTrue();
    }

    @Test
    void aMissingResourceSaysInChineseWhichFileIsMissing() {
        FontFace missing = new FontFace("sans-missing", "/assets/fonts/NotoSansSC_900Black.ttf");

        assertThatThrownBy(() -> FontLibrary.shared().metrics(missing))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.key()).isEqualTo("font.missing");
                    assertThat(e.args()).containsExactly("/assets/fonts/NotoSansSC_900Black.ttf");
                    assertThat(e.message(Locale.SIMPLIFIED_CHINESE))
                            .isEqualTo("找不到字体文件 /assets/fonts/NotoSansSC_900Black.ttf：请重新安装 ESG 报告工作台");
                    assertThat(e.message(Locale.ENGLISH))
                            .isEqualTo("font file /assets/fonts/NotoSansSC_900Black.ttf not found: "
                                    + "please reinstall ESG Report Studio");
                });
    }

    @Test
    void aDamagedResourceSaysWhatIsWrongWithIt() {
        FontLibrary library = new FontLibrary(resource -> new ByteArrayInputStream(new byte[0]));

        assertThatThrownBy(() -> library.bytes(StandardFaces.SANS_REGULAR))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.key()).isEqualTo("font.unreadable");
                    assertThat(e.getCause()).isInstanceOf(FontFormatException.class);
                    assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
                            "字体文件 /assets/fonts/NotoSansSC_400Regular.ttf 已损坏，无法读取（the font file is empty）："
                                    + "请重新安装 ESG 报告工作台");
                });
    }

    @Test
    void aFailedLoadIsTriedAgainNextTime() {
        AtomicInteger opens = new AtomicInteger();
        FontLibrary library = new FontLibrary(resource -> opens.getAndIncrement() == 0 ? null
                : TestFonts.class.getResourceAsStream(resource));

        assertThatThrownBy(() -> library.metrics(StandardFaces.SERIF_REGULAR)).isInstanceOf(UserFacingException.class);
        assertThat(library.metrics(StandardFaces.SERIF_REGULAR).hasGlyph('A')).isTrue();
        assertThat(opens).hasValue(2);
    }

    @Test
    void concurrentFirstAccessReadsAndParsesTheFileOnce() throws Exception {
        AtomicInteger opens = new AtomicInteger();
        FontLibrary library = new FontLibrary(resource -> {
            opens.incrementAndGet();
            return new SlowStream(TestFonts.class.getResourceAsStream(resource));
        });
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<TrueTypeMetrics>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return library.metrics(StandardFaces.SANS_BOLD);
                }));
            }
            start.countDown();
            TrueTypeMetrics first = results.get(0).get(60, TimeUnit.SECONDS);
            for (Future<TrueTypeMetrics> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(opens).hasValue(1);
    }

    /** Reading takes a while, so that every thread arrives while the first is still loading. */
    private static final class SlowStream extends FilterInputStream {
        SlowStream(InputStream in) {
            super(in);
        }

        @Override
        public byte[] readAllBytes() throws IOException {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return super.readAllBytes();
        }
    }
}
