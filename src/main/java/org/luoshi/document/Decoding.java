package org.luoshi.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text for txt, csv and html: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030, which
 * covers the GBK files Chinese offices still save from Excel and Notepad.
 */
final class Decoding {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private Decoding() {}

    static String text(byte[] b) {
        String s;
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            s = new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            s = new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            s = new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        } else {
            s = strict(b);
        }
        if (looksBinary(s)) {
            throw new UnreadableDocumentException("无法识别的二进制内容 / unreadable binary content");
        }
        return s;
    }

    private static String strict(byte[] b) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(b, GB18030);
        }
    }

    /** Control characters other than line breaks and tabs, or replacement characters, in more than 1% of the text. */
    static boolean looksBinary(String s) {
        int bad = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0 || c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == '\uFFFD') {
                bad++;
            }
        }
        return bad > 0 && bad * 100 > s.length() || s.indexOf('\0') >= 0;
    }
}
