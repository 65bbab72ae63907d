package org.esgstudio.review.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.esgstudio.data.Project;
import org.esgstudio.json.ReportNodes;
import org.esgstudio.store.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every message the versions work names is in both bundles, so no user ever sees a bare key. */
class VersionMessagesTest {
    private static final Pattern KEY = Pattern.compile("\"(version\\.[a-zA-Z.]+[a-zA-Z])\"");
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java/org/esgstudio/review/compare"),
            Path.of("src/main/java/org/esgstudio/office/changes"), Path.of("src/main/java/org/esgstudio/ui/versions"),
            Path.of("src/main/java/org/esgstudio/store"), Path.of("src/main/java/org/esgstudio/cli"));

    private static Properties bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VersionMessagesTest.class.getResourceAsStream("/i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static TreeSet<String> keysNamedInTheSources() throws IOException {
        TreeSet<String> keys = new TreeSet<>();
        for (Path folder : SOURCES) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        // Prefixes completed at run time ("version.change." + kind) end with a dot and are not matched.
                        keys.add(m.group(1));
                    }
                }
            }
        }
        return keys;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void everyKeyTheVersionsCodeNamesIsInTheBundle(String file) throws IOException {
        Properties bundle = bundle(file);
        TreeSet<String> keys = keysNamedInTheSources();

        assertThat(keys).hasSizeGreaterThan(40);
        assertThat(keys).allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void everyKindOfChangeAndEveryKindOfNodeOfTheSampleIsNamed(String file) throws IOException {
        Properties bundle = bundle(file);
        for (ChangeKind kind : ChangeKind.values()) {
            assertThat(bundle.getProperty("version.change." + kind)).as(kind.name()).isNotBlank();
        }
        Project sample = Samples.read(Samples.QINGHE);
        ReportNodes.split(sample.report()).forEach(row ->
                assertThat(bundle.getProperty("version.kind." + row.kind())).as(row.kind()).isNotBlank());
    }
}
