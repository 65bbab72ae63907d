package org.esgstudio.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A picture's name is a plain file name: it cannot lead out of the folder it is resolved in, on any system. */
class AssetNamesTest {

    @ParameterizedTest(name = "[{index}] «{0}»")
    @ValueSource(strings = {"ok.png", "ch2-solar-roof.png", "光伏屋顶 2024.JPG", "a..b.png", ".hidden.png", "x"})
    void aPlainFileNameIsAccepted(String name) {
        assertThat(AssetNames.isPlain(name)).isTrue();
    }

    @ParameterizedTest(name = "[{index}] «{0}»")
    @ValueSource(strings = {"../../etc/passwd", "/etc/passwd", "C:\\Windows\\win.ini", "C:x.png", "assets/../../x.png",
        "..", ".", "", "sub/inner.png", "sub\\inner.png", "\\\\server\\share\\x.png", "photo.png:stream", "tab\tname.png",
        "line\nbreak.png", "nul\u0000.png"})
    void aNameThatIsAPathIsRefused(String name) {
        assertThat(AssetNames.isPlain(name)).isFalse();
    }

    @ParameterizedTest(name = "{0} characters")
    @ValueSource(ints = {255, 256})
    void aNameIsAtMost255Characters(int length) {
        assertThat(AssetNames.isPlain("a".repeat(length - 4) + ".png")).isEqualTo(length <= AssetNames.MAX_LENGTH);
    }
}
