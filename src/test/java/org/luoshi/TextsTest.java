package org.luoshi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void readsTheSameBundlesAsTheMessageSourceOfThePages() throws IOException {
        Properties props = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream("/application.properties")) {
            props.load(in);
        }
        assertThat(Arrays.asList(props.getProperty("spring.messages.basename").split(",")))
                .isEqualTo(Texts.BASENAMES);
    }

    @Test
    void givesChineseByDefaultAndEnglishForAnyEnglishLocale() {
        assertThat(Texts.zh("nav.plans")).isEqualTo(Texts.get(Locale.SIMPLIFIED_CHINESE, "nav.plans"));
        assertThat(Texts.en("nav.plans")).isEqualTo(Texts.get(Locale.US, "nav.plans"));
        assertThat(Texts.zh("nav.plans")).isNotEqualTo(Texts.en("nav.plans"));
    }

    @Test
    void aDomainExceptionNamedByCodeCarriesBothTextsWithItsArguments() {
        DomainException e = DomainException.of(DomainException.Kind.BAD_INPUT, "parameter.invalid", "period");

        assertThat(e.code()).isEqualTo("parameter.invalid");
        assertThat(e.zh()).isEqualTo("参数period的值无效");
        assertThat(e.en()).isEqualTo("invalid value for parameter period");
    }

    @Test
    void refusesACodeWithoutAText() {
        assertThatThrownBy(() -> Texts.zh("no.such.code")).isInstanceOf(MissingResourceException.class);
        assertThat(Texts.has("no.such.code")).isFalse();
    }

    @Test
    void everyProblemCodeNamedInTheSourcesHasATextInBothLanguages() throws IOException {
        Pattern of = Pattern.compile("DomainException\\.of\\(\\s*(?:DomainException\\.)?Kind\\.\\w+,\\s*\"([^\"]+)\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = of.matcher(Files.readString(file));
                while (m.find()) {
                    if (!Texts.has("problem." + m.group(1))) {
                        missing.add(file.getFileName() + ": problem." + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
