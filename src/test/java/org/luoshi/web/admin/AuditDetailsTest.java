package org.luoshi.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.luoshi.Texts;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The import's audit detail, as written before and after the preview became an editor, read in words. */
class AuditDetailsTest {

    private final AuditDetails details = new AuditDetails(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasenames(Texts.BASENAMES.toArray(String[]::new));
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    @Test
    void anImportWrittenBeforeCorrectionsExistedReadsAsBefore() {
        assertThat(details.words("plan.import", "a.txt: 3 tasks, 2 added, 1 updated, 3 progress", Locale.CHINA))
                .isEqualTo("a.txt\uFF1A3\u9879\u4EFB\u52A1\uFF0C\u65B0\u589E2\u9879\uFF0C\u66F4\u65B01\u9879\uFF0C"
                        + "\u5199\u5165\u8FDB\u5C553\u6761");
    }

    @Test
    void noCorrectionsAddNothingAndCorrectionsAndAProfileAreNamed() {
        String none = "a.txt: 3 tasks, 2 added, 1 updated, 3 progress, 0 corrections";
        assertThat(details.words("plan.import", none, Locale.ENGLISH))
                .isEqualTo("a.txt: 3 tasks, 2 added, 1 updated, 3 progress texts");
        String both = "a.txt: 3 tasks, 2 added, 1 updated, 3 progress, 2 corrections, layout profile applied";
        assertThat(details.words("plan.import", both, Locale.CHINA))
                .endsWith("\u5199\u5165\u8FDB\u5C553\u6761\uFF0C\u66F4\u6B632\u5904\uFF0C\u5DF2\u5E94\u7528\u7248\u5F0F"
                        + "\u914D\u7F6E");
        assertThat(details.words("plan.import", both, Locale.ENGLISH))
                .isEqualTo(
                        "a.txt: 3 tasks, 2 added, 1 updated, 3 progress texts, 2 corrections, layout profile applied");
    }
}
