package org.esgstudio.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The welcome is written in both bundles, Chinese (default) and English, key for key. */
class WelcomeMessagesTest {
    private static final Pattern KEY = Pattern.compile("\"((?:welcome|ui)\\.[A-Za-z0-9_.]+[A-Za-z0-9_])\"");

    private static Properties bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = WelcomeMessagesTest.class.getResourceAsStream("/i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> welcomeKeys(Properties bundle) {
        return bundle.stringPropertyNames().stream().filter(key -> key.startsWith("welcome."))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The keys the welcome's code names, the tasks' texts and the menu labels it shows. */
    private static Set<String> keysTheWelcomeNames() throws IOException {
        Set<String> keys = new TreeSet<>();
        Path sources = Path.of("src/main/java/org/esgstudio/ui/welcome");
        try (Stream<Path> files = Files.list(sources)) {
            for (Path file : files.toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).endsWith(".css")) { // welcome.css is a style sheet, not a text
                        keys.add(m.group(1));
                    }
                }
            }
        }
        for (WelcomeTask task : WelcomeTask.values()) {
            keys.add(task.key() + ".title");
            keys.add(task.key() + ".text");
            keys.add(task.key() + ".button");
            task.menus().forEach(menu -> keys.addAll(menu.keys()));
        }
        return keys;
    }

    @Test
    void theEnglishBundleHasTheSameWelcomeKeysAsTheChinese() throws IOException {
        Set<String> zh = welcomeKeys(bundle("messages.properties"));

        assertThat(zh).hasSizeGreaterThanOrEqualTo(16);
        assertThat(welcomeKeys(bundle("messages_en.properties"))).isEqualTo(zh);
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void everyTextTheWelcomeShowsIsInTheBundle(String file) throws IOException {
        Properties bundle = bundle(file);

        assertThat(keysTheWelcomeNames()).contains("welcome.title", "welcome.edit.button", "ui.menu.exportPdf")
                .allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void theChineseWelcomeIsChinese() throws IOException {
        Properties zh = bundle("messages.properties");
        Pattern han = Pattern.compile("\\p{IsHan}");

        assertThat(welcomeKeys(zh)).allSatisfy(key -> assertThat(han.matcher(zh.getProperty(key)).find())
                .as(key + "=" + zh.getProperty(key)).isTrue());
        assertThat(zh.getProperty("welcome.title")).isEqualTo("欢迎使用 ESG 报告工作台");
    }

    @Test
    void menuLabelsLoseTheirMnemonicsChineseOrEnglish() {
        assertThat(MenuPath.label("导出 PDF(_E)……")).isEqualTo("导出 PDF…");
        assertThat(MenuPath.label("用户名（_U）…")).isEqualTo("用户名…");
        assertThat(MenuPath.label("文件(_F)")).isEqualTo("文件");
        assertThat(MenuPath.label("_Export PDF…")).isEqualTo("Export PDF…");
        assertThat(MenuPath.label("Move Up (_K)")).isEqualTo("Move Up");
        assertThat(MenuPath.label("段落")).isEqualTo("段落");
    }
}
