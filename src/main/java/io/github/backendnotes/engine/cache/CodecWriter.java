package io.github.backendnotes.engine.cache;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.github.backendnotes.engine.cache.NoteCodec.BOOLEAN;
import static io.github.backendnotes.engine.cache.NoteCodec.ENUM;
import static io.github.backendnotes.engine.cache.NoteCodec.INT;
import static io.github.backendnotes.engine.cache.NoteCodec.LIST;
import static io.github.backendnotes.engine.cache.NoteCodec.MAP;
import static io.github.backendnotes.engine.cache.NoteCodec.MAX_DEPTH;
import static io.github.backendnotes.engine.cache.NoteCodec.NULL;
import static io.github.backendnotes.engine.cache.NoteCodec.RECORD;
import static io.github.backendnotes.engine.cache.NoteCodec.SET;
import static io.github.backendnotes.engine.cache.NoteCodec.STRING;
import static io.github.backendnotes.engine.cache.NoteCodec.recordType;
import static io.github.backendnotes.engine.cache.NoteCodec.typeName;

/**
 * Writes {@link NoteCodec} values to one stream; each type's name is written once, then referred to by its number.
 * A value is built in a plain buffer and handed to the stream whole: a synchronized stream call per byte would cost
 * more than the encoding.
 */
final class CodecWriter {

    private final OutputStream out;
    private byte[] buffer = new byte[1 << 12];
    private int size;
    private final Map<Class<?>, Integer> typeNumbers = new HashMap<>();
    private final List<Class<?>> types = new ArrayList<>();

    CodecWriter(OutputStream out) {
        this.out = out;
    }

    void write(Object value) throws IOException {
        write(value, 0);
        drain();
    }

    /** A byte of the caller's own framing, between values. */
    void writeMarker(int marker) throws IOException {
        writeByte(marker);
        drain();
    }

    /** Writes the value, or null when it nests too deeply to be stored; the stream stays readable either way. */
    void writeOrNull(Object value) throws IOException {
        int knownTypes = types.size();
        int mark = size;
        try {
            write(value, 0);
        } catch (IOException e) {
            // the types first named in the part not written are named again where they next occur
            while (types.size() > knownTypes) {
                typeNumbers.remove(types.remove(types.size() - 1));
            }
            size = mark;
            writeByte(NULL);
        }
        drain();
    }

    private void drain() throws IOException {
        out.write(buffer, 0, size);
        size = 0;
    }

    private void write(Object value, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new IOException("nested too deeply to be stored");
        }
        if (value == null) {
            writeByte(NULL);
        } else if (value instanceof String string) {
            writeByte(STRING);
            writeString(string);
        } else if (value instanceof Integer number) {
            writeByte(INT);
            writeInt(number);
        } else if (value instanceof Boolean flag) {
            writeByte(BOOLEAN);
            writeByte(flag ? 1 : 0);
        } else if (value instanceof Enum<?> constant) {
            writeByte(ENUM);
            writeType(constant.getDeclaringClass());
            writeInt(constant.ordinal());
        } else if (value instanceof List<?> list) {
            writeByte(LIST);
            writeInt(list.size());
            for (Object item : list) {
                write(item, depth + 1);
            }
        } else if (value instanceof Set<?> set) {
            writeByte(SET);
            writeInt(set.size());
            for (Object item : set) {
                write(item, depth + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            writeByte(MAP);
            writeInt(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                write(entry.getKey(), depth + 1);
                write(entry.getValue(), depth + 1);
            }
        } else if (value instanceof Record record) {
            writeByte(RECORD);
            writeType(record.getClass());
            for (RecordComponent component : recordType(record.getClass()).components()) {
                try {
                    write(component.getAccessor().invoke(record), depth + 1);
                } catch (ReflectiveOperationException e) {
                    throw new IOException("cannot read " + component, e);
                }
            }
        } else {
            throw new IOException("not a model value: " + value.getClass().getName());
        }
    }

    private void writeType(Class<?> type) throws IOException {
        Integer number = typeNumbers.get(type);
        if (number != null) {
            writeInt(number);
            return;
        }
        String name = typeName(type);
        writeInt(-1);
        writeString(name);
        typeNumbers.put(type, types.size());
        types.add(type);
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }

    private void writeByte(int value) {
        ensure(1);
        buffer[size++] = (byte) value;
    }

    private void writeInt(int value) {
        ensure(4);
        buffer[size++] = (byte) (value >>> 24);
        buffer[size++] = (byte) (value >>> 16);
        buffer[size++] = (byte) (value >>> 8);
        buffer[size++] = (byte) value;
    }

    /**
     * Length-prefixed UTF-8: unlike {@code writeUTF}, not limited to 64 KB (a heading can be longer). The JDK's
     * encoder copies an ASCII string's bytes in one intrinsic; a loop here, inlined into {@link #write(Object, int)},
     * had the whole method compiled again the first time a string was not ASCII.
     */
    private void writeString(String string) {
        byte[] bytes = string.getBytes(StandardCharsets.UTF_8);
        ensure(4 + bytes.length);
        writeInt(bytes.length);
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
    }
}
