package io.github.backendnotes.engine.cache;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.HexFormat;

/**
 * The note cache's key for a file's content: MurmurHash3 x64 128 (seed 0), in hex. The cache only asks whether a
 * note changed since the last run, which a 128-bit non-cryptographic hash answers as well as SHA-256; SHA-256 of
 * every note cost 15 % of a run's CPU under the C1 compiler the README recommends, which has no intrinsic for it.
 */
final class ContentHash {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    private ContentHash() {
    }

    static String of(byte[] bytes) {
        long[] hash = murmur3(bytes, 0);
        byte[] out = new byte[16];
        LONGS.set(out, 0, hash[0]);
        LONGS.set(out, 8, hash[1]);
        return HexFormat.of().formatHex(out);
    }

    /** The two 64-bit halves, as the reference implementation leaves them. */
    static long[] murmur3(byte[] data, int seed) {
        long h1 = seed & 0xffffffffL;
        long h2 = h1;
        int blocks = data.length / 16;
        for (int i = 0; i < blocks; i++) {
            long k1 = (long) LONGS.get(data, i * 16);
            long k2 = (long) LONGS.get(data, i * 16 + 8);
            h1 ^= mixK1(k1);
            h1 = Long.rotateLeft(h1, 27) + h2;
            h1 = h1 * 5 + 0x52dce729;
            h2 ^= mixK2(k2);
            h2 = Long.rotateLeft(h2, 31) + h1;
            h2 = h2 * 5 + 0x38495ab5;
        }
        long k1 = 0;
        long k2 = 0;
        int tail = blocks * 16;
        for (int i = data.length - tail - 1; i >= 8; i--) {
            k2 = (k2 << 8) | (data[tail + i] & 0xffL);
        }
        for (int i = Math.min(data.length - tail, 8) - 1; i >= 0; i--) {
            k1 = (k1 << 8) | (data[tail + i] & 0xffL);
        }
        if (data.length - tail > 8) {
            h2 ^= mixK2(k2);
        }
        if (data.length - tail > 0) {
            h1 ^= mixK1(k1);
        }
        h1 ^= data.length;
        h2 ^= data.length;
        h1 += h2;
        h2 += h1;
        h1 = fmix(h1);
        h2 = fmix(h2);
        h1 += h2;
        h2 += h1;
        return new long[] {h1, h2};
    }

    private static long mixK1(long k) {
        return Long.rotateLeft(k * C1, 31) * C2;
    }

    private static long mixK2(long k) {
        return Long.rotateLeft(k * C2, 33) * C1;
    }

    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
