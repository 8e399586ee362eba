package io.github.backendnotes.engine.cache;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import static io.github.backendnotes.engine.cache.NoteCodec.enumConstants;
import static io.github.backendnotes.engine.cache.NoteCodec.modelType;
import static io.github.backendnotes.engine.cache.NoteCodec.readCount;
import static io.github.backendnotes.engine.cache.NoteCodec.readString;
import static io.github.backendnotes.engine.cache.NoteCodec.recordType;

/** Reads what a {@link CodecWriter} wrote, from the start of its stream. */
final class CodecReader {

    private final DataInputStream in;
    private final List<Class<?>> types = new ArrayList<>();

    CodecReader(DataInputStream in) {
        this.in = in;
    }

    Object read() throws IOException {
        return read(0);
    }

    private Object read(int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new IOException("nested too deeply");
        }
        byte tag = in.readByte();
        return switch (tag) {
            case NULL -> null;
            case STRING -> readString(in);
            case INT -> in.readInt();
            case BOOLEAN -> in.readBoolean();
            case ENUM -> readEnum();
            case LIST -> readList(depth);
            case SET -> readSet(depth);
            case MAP -> readMap(depth);
            case RECORD -> readRecord(depth);
            default -> throw new IOException("unknown tag " + tag);
        };
    }

    private Object readEnum() throws IOException {
        Object[] constants = enumConstants(readType());
        int ordinal = in.readInt();
        if (ordinal < 0 || ordinal >= constants.length) {
            throw new IOException("unknown constant " + ordinal);
        }
        return constants[ordinal];
    }

    private List<Object> readList(int depth) throws IOException {
        int count = readCount(in);
        List<Object> list = new ArrayList<>(Math.min(count, 1024));
        for (int i = 0; i < count; i++) {
            list.add(read(depth + 1));
        }
        return list;
    }

    private Set<Object> readSet(int depth) throws IOException {
        int count = readCount(in);
        Set<Object> set = new HashSet<>();
        for (int i = 0; i < count; i++) {
            set.add(read(depth + 1));
        }
        return set;
    }

    private Map<Object, Object> readMap(int depth) throws IOException {
        int count = readCount(in);
        Map<Object, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            map.put(read(depth + 1), read(depth + 1));
        }
        return map;
    }

    private Object readRecord(int depth) throws IOException {
        Class<?> type = readType();
        NoteCodec.RecordType record = recordType(type);
        Object[] values = new Object[record.components().length];
        for (int i = 0; i < values.length; i++) {
            values[i] = read(depth + 1);
            // the constructors copy lists, sets and maps without looking at what they hold
            record.declared()[i].check(values[i], record.components()[i].getType().isPrimitive());
        }
        try {
            return record.constructor().newInstance(values);
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new IOException("cannot rebuild " + type.getName(), e);
        }
    }

    private Class<?> readType() throws IOException {
        int number = in.readInt();
        if (number == -1) {
            Class<?> type = modelType(readString(in));
            types.add(type);
            return type;
        }
        if (number < 0 || number >= types.size()) {
            throw new IOException("unknown type number " + number);
        }
        return types.get(number);
    }
}
