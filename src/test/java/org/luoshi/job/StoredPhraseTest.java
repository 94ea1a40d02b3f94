package org.luoshi.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.luoshi.DomainException;
import org.luoshi.Phrase;

/** A job's step and error are kept as a code and arguments and read back in either language. */
class StoredPhraseTest {

    @Test
    void aStepWithArgumentsIsReadBackInEitherLanguage() {
        Phrase done = new Phrase("job.report.done", "PDF", "舟山市2022年报告", 132);
        Phrase back = StoredPhrase.of(done.key(), StoredPhrase.args(done));
        assertThat(back.in(Locale.ENGLISH)).isEqualTo("PDF file ready: 舟山市2022年报告 (132 tasks)");
        assertThat(back.in(Locale.ROOT)).startsWith("已生成PDF文件").contains("132");
    }

    @Test
    void aFailureWhoseArgumentIsAPhraseKeepsThatPhraseByItsCode() {
        var refused = DomainException.of(
                DomainException.Kind.BAD_INPUT, "progress.period-invalid", new Phrase("period.share"));
        Phrase stored = StoredPhrase.of(refused);
        Phrase back = StoredPhrase.of(stored.key(), StoredPhrase.args(stored));
        assertThat(back.in(Locale.ENGLISH)).isEqualTo("The expected share must be between 0 and 1");
        assertThat(back.in(Locale.ROOT)).isEqualTo("序时进度须在0到1之间");
    }

    @Test
    void aNestedPhraseWithItsOwnArgumentsIsRenderedInTheReadersLanguageToo() {
        Phrase finding = new Phrase("finding.text.behind", new Phrase("finding.task.number", "12"));
        Phrase back = Phrase.stored(finding.key(), finding.storedArgs());
        assertThat(back.in(Locale.ENGLISH)).isEqualTo("No. 12 is behind schedule");
        assertThat(back.in(Locale.ROOT)).isEqualTo("序号12滞后序时进度");
    }

    @Test
    void aRowWithoutACodeHasNoPhrase() {
        assertThat(StoredPhrase.of(null, null)).isNull();
    }
}
