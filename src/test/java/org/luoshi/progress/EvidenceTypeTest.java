package org.luoshi.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EvidenceTypeTest {

    private static final byte[] ZIP = {'P', 'K', 3, 4, 20, 0};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};

    @Test
    void knowsATypeByItsExtensionAndFirstBytes() {
        assertThat(EvidenceType.of("a.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
                .contains(EvidenceType.PDF);
        assertThat(EvidenceType.of("表.XLSX", ZIP)).contains(EvidenceType.XLSX);
        assertThat(EvidenceType.of("文.docx", ZIP)).contains(EvidenceType.DOCX);
        assertThat(EvidenceType.of("p.JPG", JPEG)).contains(EvidenceType.JPG);
    }

    @Test
    void refusesContentThatDoesNotMatchTheExtension() {
        assertThat(EvidenceType.of("a.pdf", ZIP)).isEmpty();
        assertThat(EvidenceType.of("a.png", JPEG)).isEmpty();
    }

    @Test
    void refusesOtherExtensionsEvenWithAllowedContent() {
        assertThat(EvidenceType.of("a.zip", ZIP)).isEmpty();
        assertThat(EvidenceType.of("pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(EvidenceType.of("a.pdf", new byte[] {'%'})).isEmpty();
    }
}
