package io.github.backendnotes.engine.cache;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ContentHashTest {

    /**
     * SMHasher's verification of MurmurHash3_x64_128: keys {0}, {0,1}, … of 0..255 bytes hashed with seed 256 - length,
     * the 256 hashes hashed with seed 0; the first four bytes, little-endian, are 0x6384BA69.
     */
    @Test
    void passesTheReferenceVerification() {
        ByteBuffer hashes = ByteBuffer.allocate(256 * 16).order(ByteOrder.LITTLE_ENDIAN);
        for (int length = 0; length < 256; length++) {
            byte[] key = new byte[length];
            for (int i = 0; i < length; i++) {
                key[i] = (byte) i;
            }
            long[] hash = ContentHash.murmur3(key, 256 - length);
            hashes.putLong(hash[0]).putLong(hash[1]);
        }
        long[] last = ContentHash.murmur3(hashes.array(), 0);
        assertEquals(0x6384BA69, (int) last[0]);
    }

    @Test
    void differsForEveryOneByteChange() {
        byte[] note = "# Title\n\nA paragraph of a note, long enough to fill several blocks of sixteen bytes.\n"
                .getBytes(StandardCharsets.UTF_8);
        Set<String> seen = new HashSet<>();
        seen.add(ContentHash.of(note));
        for (int i = 0; i < note.length; i++) {
            byte[] changed = note.clone();
            changed[i] ^= 1;
            seen.add(ContentHash.of(changed));
        }
        assertEquals(note.length + 1, seen.size());
        assertEquals(32, ContentHash.of(new byte[0]).length());
        assertNotEquals(ContentHash.of(new byte[0]), ContentHash.of(new byte[1]));
    }
}
