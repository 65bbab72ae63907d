package org.esgstudio.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The refusals of bad and hostile input ({@code guard.*} messages) are in both bundles and well formed, and a refusal
 * with very many problems lists the first few and counts the rest instead of printing them all.
 */
class GuardMessagesTest {
    private static final Pattern KEY = Pattern.compile("\"(guard\\.[a-zA-Z.]+[a-zA-Z])\"");

    private static Properties bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = GuardMessagesTest.class.getResourceAsStream("/i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static TreeSet<String> keysNamedInTheSources() throws IOException {
        TreeSet<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void everyGuardKeyTheCodeNamesIsInTheBundleAndFormats(String file) throws IOException {
        Properties bundle = bundle(file);
        TreeSet<String> keys = keysNamedInTheSources();

        assertThat(keys).hasSizeGreaterThan(30);
        for (String key : keys) {
            String text = bundle.getProperty(key);
            assertThat(text).as(key).isNotBlank();
            Object[] args = {1, 2, 3, 4, 5};
            assertThat(new MessageFormat(text, Locale.ROOT).format(args)).as(key).doesNotContainPattern("(?<!\\{)\\{\\d");
        }
    }

    @Test
    void aRefusalWithThousandsOfProblemsListsTheFirstThirtyAndCountsTheRest() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        List<Problem> problems = new ArrayList<>();
        for (int row = 2; row < 2 + 40_000; row++) {
            problems.add(new Problem("big.xlsx › 指标数据!B" + row, "data.missingName"));
        }

        InputRejectedException rejected = new InputRejectedException("big.xlsx › 指标数据", problems);

        List<String> lines = rejected.getMessage().lines().toList();
        assertThat(lines).hasSize(1 + InputRejectedException.LISTED + 1);
        assertThat(lines.get(0)).isEqualTo("big.xlsx › 指标数据: 发现 40,000 个问题，未导入任何内容：");
        assertThat(lines.get(1)).isEqualTo("  big.xlsx › 指标数据!B2: 指标名称为空");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("  ……另有 39970 个问题未列出");
        assertThat(rejected.problems()).as("the app's problem table has them all").hasSize(40_000);
    }
}
