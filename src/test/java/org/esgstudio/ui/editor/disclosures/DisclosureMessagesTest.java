package org.esgstudio.ui.editor.disclosures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.esgstudio.frameworks.CoverageStatus;
import org.junit.jupiter.api.Test;

/** Every text of the disclosure row, the picker and the coverage tab is written in Chinese and in English. */
class DisclosureMessagesTest {
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java/org/esgstudio/ui/editor/disclosures"),
            Path.of("src/main/java/org/esgstudio/ui/review/disclosures"), Path.of("src/main/java/org/esgstudio/ui"));
    private static final Pattern KEY = Pattern.compile("\"(ui\\.disclosure\\.[A-Za-z0-9_.]+[A-Za-z0-9_])\"");

    private static Properties bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DisclosureMessagesTest.class.getResourceAsStream("/i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static TreeSet<String> keysInTheSources() throws IOException {
        TreeSet<String> keys = new TreeSet<>();
        for (Path folder : SOURCES) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        for (CoverageStatus status : CoverageStatus.values()) {
            String name = status.name().toLowerCase(Locale.ROOT);
            keys.add("ui.disclosure.status." + name);
            keys.add("ui.disclosure.statusTip." + name);
        }
        return keys;
    }

    @Test
    void everyKeyIsInBothBundlesAndNeitherHasKeysTheOtherLacks() throws IOException {
        Properties zh = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        TreeSet<String> used = keysInTheSources();
        assertThat(used).hasSizeGreaterThan(30);
        assertThat(used).allSatisfy(key -> {
            assertThat(zh.getProperty(key)).as("zh " + key).isNotBlank();
            assertThat(en.getProperty(key)).as("en " + key).isNotBlank();
        });
        TreeSet<String> zhKeys = new TreeSet<>();
        TreeSet<String> enKeys = new TreeSet<>();
        zh.stringPropertyNames().stream().filter(k -> k.startsWith("ui.disclosure.")).forEach(zhKeys::add);
        en.stringPropertyNames().stream().filter(k -> k.startsWith("ui.disclosure.")).forEach(enKeys::add);
        assertThat(zhKeys).isEqualTo(enKeys).isEqualTo(used);
    }
}
