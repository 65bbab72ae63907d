package org.esgstudio.ui.editor.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.esgstudio.model.ChapterKind;
import org.esgstudio.model.ChartKind;
import org.esgstudio.model.DiagramKind;
import org.esgstudio.model.EsgCategory;
import org.esgstudio.model.Qualifier;
import org.esgstudio.model.QuestionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every label, choice and status line of the forms is written in both bundles, Chinese (default) and English. */
class FormMessagesTest {
    private static final Path FORMS = Path.of("src/main/java/org/esgstudio/ui/editor/forms");
    private static final Pattern KEY = Pattern.compile("\"(ui\\.[A-Za-z0-9_.]+[A-Za-z0-9_])\"");

    /** Enum choices are named by "{prefix}.{CONSTANT}" (see ChoiceField.of); status lines by the verdict's name. */
    private static final Map<String, Class<? extends Enum<?>>> CHOICES = Map.of(
            "ui.forms.chapterKind", ChapterKind.class,
            "ui.forms.chartKind", ChartKind.class,
            "ui.forms.diagramKind", DiagramKind.class,
            "ui.forms.questionKind", QuestionKind.class,
            "ui.forms.qualifier", Qualifier.class,
            "ui.forms.category", EsgCategory.class,
            "ui.forms.tile", TileCheck.Verdict.class);

    private static Properties bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FormMessagesTest.class.getResourceAsStream("/i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static List<String> keysNamedInTheForms() throws IOException {
        TreeSet<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(FORMS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    if (!CHOICES.containsKey(m.group(1))) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        return new ArrayList<>(keys);
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void everyKeyTheFormsNameIsInTheBundle(String file) throws IOException {
        Properties bundle = bundle(file);
        List<String> keys = keysNamedInTheForms();

        assertThat(keys).hasSizeGreaterThan(80);
        assertThat(keys).allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void everyChoiceOfEveryChoiceFieldIsNamedInTheBundle(String file) throws IOException {
        Properties bundle = bundle(file);
        CHOICES.forEach((prefix, type) -> {
            for (Enum<?> constant : type.getEnumConstants()) {
                String key = prefix + "." + constant.name();
                assertThat(bundle.getProperty(key)).as(key).isNotBlank();
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void everyKindOfBlockTheBodyLinksNameIsInTheBundle(String file) throws IOException {
        Properties bundle = bundle(file);
        for (String kind : List.of("paragraph", "heading", "bulletList", "caseStudy", "dataTable", "textTable",
                "tiles", "callout", "image", "chart", "diagram")) {
            assertThat(bundle.getProperty("ui.forms.kind." + kind)).as(kind).isNotBlank();
        }
    }

    @Test
    void theChineseLabelsOfTheFormsAreChinese() throws IOException {
        Properties zh = bundle("messages.properties");
        Pattern han = Pattern.compile("\\p{IsHan}");

        assertThat(zh.stringPropertyNames()).filteredOn(key -> key.startsWith("ui.forms."))
                .allSatisfy(key -> assertThat(han.matcher(zh.getProperty(key)).find())
                        .as(key + "=" + zh.getProperty(key)).isTrue());
    }
}
