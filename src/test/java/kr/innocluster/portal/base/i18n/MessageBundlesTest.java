package kr.innocluster.portal.base.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every string a user sees exists in Korean and in English. */
class MessageBundlesTest {

    private final PortalI18NProvider provider = new PortalI18NProvider();

    @Test
    void koreanIsTheDefaultAndEnglishTheSecond() {
        assertThat(provider.getTranslation("layout.logout", Locale.KOREAN)).isEqualTo("로그아웃");
        assertThat(provider.getTranslation("layout.logout", Locale.ENGLISH)).isEqualTo("Sign out");
        assertThat(provider.getTranslation("layout.logout", Locale.GERMAN)).isEqualTo("로그아웃");
        assertThat(provider.getTranslation("home.greeting", Locale.KOREAN, "김정민")).isEqualTo("안녕하세요, 김정민님");
    }

    @Test
    void everyBundleHasTheSameKeysInBothLanguages() throws IOException {
        for (String bundle : provider.bundleNames()) {
            Set<String> korean = keys(bundle + ".properties");
            Set<String> english = keys(bundle + "_en.properties");
            assertThat(english).as(bundle + " English keys").isEqualTo(korean);
        }
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Pattern literalKey = Pattern.compile("getTranslation\\(\"([a-zA-Z0-9_.]*[a-zA-Z0-9_])\"[,)]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = literalKey.matcher(Files.readString(source));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    if (provider.getTranslation(key, Locale.KOREAN).startsWith("!")) {
                        missing.add(key + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
