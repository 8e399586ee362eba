package io.github.backendnotes.parse;

import java.nio.charset.StandardCharsets;

/**
 * Decodes a note's bytes in one pass that also rules out what the parser must otherwise look for in the decoded
 * text: a NUL (a binary file), a carriage return (line ends to normalise) and a malformed sequence. Under the C1
 * compiler the goal's JVM runs, the JDK's decoder and three scans of the text cost more than this one loop.
 */
final class Utf8 {

    private Utf8() {
    }

    /**
     * The text of well-formed UTF-8 bytes holding no NUL and no carriage return, equal to what
     * {@code new String(bytes, UTF_8)} gives; null for any other bytes, which the caller decodes the general way.
     */
    static String plain(byte[] bytes) {
        int length = bytes.length;
        int ascii = 0;
        while (ascii < length && bytes[ascii] > 0 && bytes[ascii] != '\r') {
            ascii++;
        }
        if (ascii == length) {
            // ASCII is its own Latin-1: the String keeps one byte a character, as the UTF-8 decoder would
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        if (bytes[ascii] >= 0) {
            return null; // a NUL or a carriage return
        }
        char[] chars = new char[length];
        for (int i = 0; i < ascii; i++) {
            chars[i] = (char) bytes[i];
        }
        int n = decode(bytes, ascii, chars, ascii);
        return n < 0 ? null : new String(chars, 0, n);
    }

    /** Decodes {@code bytes} from {@code from} into {@code chars} from {@code at}: the chars' end, or -1. */
    private static int decode(byte[] bytes, int from, char[] chars, int at) {
        int length = bytes.length;
        int n = at;
        int i = from;
        while (i < length) {
            int b = bytes[i];
            if (b > 0) {
                if (b == '\r') {
                    return -1;
                }
                chars[n++] = (char) b;
                i++;
            } else if (b >= (byte) 0xC2 && b <= (byte) 0xDF) {
                if (i + 1 >= length || !continuation(bytes[i + 1])) {
                    return -1;
                }
                chars[n++] = (char) (((b & 0x1F) << 6) | (bytes[i + 1] & 0x3F));
                i += 2;
            } else if ((b & 0xF0) == 0xE0) {
                if (i + 2 >= length || !continuation(bytes[i + 1]) || !continuation(bytes[i + 2])) {
                    return -1;
                }
                int c = ((b & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F);
                if (c < 0x800 || Character.isSurrogate((char) c)) {
                    return -1; // overlong, or half of a pair encoded alone
                }
                chars[n++] = (char) c;
                i += 3;
            } else if (b >= (byte) 0xF0 && b <= (byte) 0xF4) {
                if (i + 3 >= length || !continuation(bytes[i + 1]) || !continuation(bytes[i + 2])
                        || !continuation(bytes[i + 3])) {
                    return -1;
                }
                int c = ((b & 0x07) << 18) | ((bytes[i + 1] & 0x3F) << 12) | ((bytes[i + 2] & 0x3F) << 6)
                        | (bytes[i + 3] & 0x3F);
                if (c < 0x10000 || c > Character.MAX_CODE_POINT) {
                    return -1;
                }
                chars[n++] = Character.highSurrogate(c);
                chars[n++] = Character.lowSurrogate(c);
                i += 4;
            } else {
                return -1; // a NUL, a stray continuation byte, or a lead byte UTF-8 never uses
            }
        }
        return n;
    }

    private static boolean continuation(byte b) {
        return (b & 0xC0) == 0x80;
    }
}
