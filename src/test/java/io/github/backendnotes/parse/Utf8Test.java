package io.github.backendnotes.parse;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The one-pass decoding against the JDK's: the same text where it decodes, and nothing it should not decode. */
class Utf8Test {

    /** Pieces where a decoder could go wrong: every length of sequence, their edges, and what UTF-8 forbids. */
    private static final byte[][] PIECES = {
        bytes("a"), bytes(" "), bytes("\n"), bytes("\r"), bytes("\r\n"), {0}, bytes("é"), bytes("中"), bytes("😀"),
        bytes("\uFEFF"), bytes("\uFFFD"), bytes("\u07FF"), bytes("\u0800"), bytes("\uFFFF"), bytes("\uD7FF"),
        bytes("\uE000"), bytes("\uDBFF\uDFFF"), bytes("\uD800\uDC00"),
        {(byte) 0xC0, (byte) 0x80}, {(byte) 0xC1, (byte) 0xBF}, {(byte) 0xE0, (byte) 0x80, (byte) 0x80},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xED, (byte) 0xBF, (byte) 0xBF},
        {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xBF},
        {(byte) 0xE4}, {(byte) 0xE4, (byte) 0xB8}, {(byte) 0xF0, (byte) 0x9F}, {(byte) 0xC3},
    };

    @Test
    void decodesAsTheJdkOrLeavesTheBytesToIt() {
        Random random = new Random(29);
        for (int n = 0; n < 100_000; n++) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int i = random.nextInt(12); i > 0; i--) {
                out.writeBytes(PIECES[random.nextInt(PIECES.length)]);
            }
            byte[] bytes = out.toByteArray();
            String strict = strict(bytes);
            boolean plain = strict != null && strict.indexOf('\0') < 0 && strict.indexOf('\r') < 0;
            String decoded = Utf8.plain(bytes);
            if (plain) {
                assertEquals(new String(bytes, StandardCharsets.UTF_8), decoded, () -> hex(bytes));
            } else {
                assertNull(decoded, () -> hex(bytes));
            }
        }
    }

    @Test
    void keepsAsciiOneByteACharacter() {
        assertEquals("plain text\n", Utf8.plain(bytes("plain text\n")));
        assertEquals("", Utf8.plain(new byte[0]));
        assertNull(Utf8.plain(bytes("a\r\nb")));
        assertNull(Utf8.plain(new byte[] {'a', 0, 'b'}));
        assertEquals("中 é 😀", Utf8.plain(bytes("中 é 😀")));
    }

    private static String strict(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String hex(byte[] bytes) {
        return java.util.HexFormat.ofDelimiter(" ").formatHex(bytes);
    }
}
