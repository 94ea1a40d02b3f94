package org.luoshi.progress;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file types a report may carry as evidence, each known by its extension and its first bytes. */
enum EvidenceType {
    PDF("pdf", "application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[] {'P', 'K', 3, 4
    }),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[] {'P', 'K', 3, 4}),
    JPG("jpg", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    JPEG("jpeg", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private final String extension;
    private final String mediaType;
    private final byte[] magic;

    EvidenceType(String extension, String mediaType, byte[] magic) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.magic = magic;
    }

    String mediaType() {
        return mediaType;
    }

    /** The type whose extension the name ends with and whose first bytes the content starts with. */
    static Optional<EvidenceType> of(String fileName, byte[] content) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(t -> t.extension.equals(ext))
                .filter(t -> content.length >= t.magic.length
                        && Arrays.equals(Arrays.copyOf(content, t.magic.length), t.magic))
                .findFirst();
    }
}
