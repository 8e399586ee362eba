package io.github.backendnotes.engine.cache;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes and reads the plugin's model values (records and enums of the {@code model} package, lists, sets, maps,
 * strings, ints and booleans) for the note index cache. Reading builds only those types, through each record's
 * canonical constructor: a damaged or foreign file can produce nothing else, and no Java serialization is involved.
 */
final class NoteCodec {

    private static final String MODEL_PACKAGE = "io.github.backendnotes.model.";
    /** Bounds on what a damaged or foreign file can make the reader allocate or recurse into. */
    private static final int MAX_STRING_BYTES = 16 * 1024 * 1024;
    private static final int MAX_COUNT = 16 * 1024 * 1024;
    /** Deep enough for any real note (a level of list nesting takes four); shallow enough for any thread's stack. */
    private static final int MAX_DEPTH = 256;

    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte INT = 2;
    private static final byte BOOLEAN = 3;
    private static final byte ENUM = 4;
    private static final byte LIST = 5;
    private static final byte SET = 6;
    private static final byte MAP = 7;
    private static final byte RECORD = 8;

    /** A record type's components and canonical constructor, looked up once. */
    private record RecordType(RecordComponent[] components, Constructor<?> constructor, Declared[] declared) {
    }

    /**
     * A component's declared type, resolved once: the class a value must be, and for a list or set the class of
     * what it holds ({@code element}), for a map of its keys and values; null where nothing more is declared.
     */
    private record Declared(Class<?> type, Class<?> key, Class<?> element) {

        static Declared of(Type type) {
            if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
                Type[] arguments = generic.getActualTypeArguments();
                if (Map.class.isAssignableFrom(raw)) {
                    return new Declared(raw, classOf(arguments[0]), classOf(arguments[1]));
                }
                return new Declared(raw, null, classOf(arguments[0]));
            }
            return new Declared(classOf(type), null, null);
        }

        private static Class<?> classOf(Type type) {
            if (type instanceof Class<?> plain) {
                return plain == int.class ? Integer.class : plain == boolean.class ? Boolean.class : plain;
            }
            return type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw
                    ? raw : Object.class;
        }

        void check(Object value, boolean primitive) throws IOException {
            if (value == null ? primitive : !type.isInstance(value)) {
                throw new IOException("a " + (value == null ? "null" : value.getClass().getSimpleName())
                        + " where a " + type.getSimpleName() + " belongs");
            }
            if (value instanceof java.util.Collection<?> items && element != null) {
                for (Object item : items) {
                    require(item, element);
                }
            } else if (value instanceof Map<?, ?> map && element != null) {
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    require(entry.getKey(), key);
                    require(entry.getValue(), element);
                }
            }
        }

        private static void require(Object value, Class<?> type) throws IOException {
            if (value != null && !type.isInstance(value)) {
                throw new IOException("a " + value.getClass().getSimpleName() + " where a " + type.getSimpleName()
                        + " belongs");
            }
        }
    }

    private static final Map<Class<?>, RecordType> RECORD_TYPES = new ConcurrentHashMap<>();

    private NoteCodec() {
    }

    /**
     * Writes values to one stream; each type's name is written once, then referred to by its number. A value is
     * built in a plain buffer and handed to the stream whole: a synchronized stream call per byte would cost more
     * than the encoding.
     */
    static final class Writer {

        private final OutputStream out;
        private byte[] buffer = new byte[1 << 12];
        private int size;
        private final Map<Class<?>, Integer> typeNumbers = new HashMap<>();
        private final List<Class<?>> types = new ArrayList<>();

        Writer(OutputStream out) {
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
         * Length-prefixed UTF-8: unlike {@code writeUTF}, not limited to 64 KB (a heading can be longer). ASCII, most
         * of a note, is copied as it is.
         */
        private void writeString(String string) {
            int length = string.length();
            ensure(4 + length);
            int start = size + 4;
            for (int i = 0; i < length; i++) {
                char c = string.charAt(i);
                if (c >= 0x80) {
                    byte[] bytes = string.getBytes(StandardCharsets.UTF_8);
                    ensure(4 + bytes.length);
                    writeInt(bytes.length);
                    System.arraycopy(bytes, 0, buffer, size, bytes.length);
                    size += bytes.length;
                    return;
                }
                buffer[start + i] = (byte) c;
            }
            writeInt(length);
            size += length;
        }
    }

    /** Reads what a {@link Writer} wrote, from the start of its stream. */
    static final class Reader {

        private final DataInputStream in;
        private final List<Class<?>> types = new ArrayList<>();

        Reader(DataInputStream in) {
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
            switch (tag) {
                case NULL:
                    return null;
                case STRING:
                    return readString(in);
                case INT:
                    return in.readInt();
                case BOOLEAN:
                    return in.readBoolean();
                case ENUM: {
                    Object[] constants = enumConstants(readType());
                    int ordinal = in.readInt();
                    if (ordinal < 0 || ordinal >= constants.length) {
                        throw new IOException("unknown constant " + ordinal);
                    }
                    return constants[ordinal];
                }
                case LIST: {
                    int count = readCount(in);
                    List<Object> list = new ArrayList<>(Math.min(count, 1024));
                    for (int i = 0; i < count; i++) {
                        list.add(read(depth + 1));
                    }
                    return list;
                }
                case SET: {
                    int count = readCount(in);
                    Set<Object> set = new HashSet<>();
                    for (int i = 0; i < count; i++) {
                        set.add(read(depth + 1));
                    }
                    return set;
                }
                case MAP: {
                    int count = readCount(in);
                    Map<Object, Object> map = new LinkedHashMap<>();
                    for (int i = 0; i < count; i++) {
                        map.put(read(depth + 1), read(depth + 1));
                    }
                    return map;
                }
                case RECORD: {
                    Class<?> type = readType();
                    RecordType record = recordType(type);
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
                default:
                    throw new IOException("unknown tag " + tag);
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

    private static Object[] enumConstants(Class<?> type) throws IOException {
        if (!type.isEnum()) {
            throw new IOException("not an enum: " + type.getName());
        }
        return type.getEnumConstants();
    }

    /** The type's name within the model package: nothing outside it can be written, or read back. */
    private static String typeName(Class<?> type) throws IOException {
        if (!type.getName().startsWith(MODEL_PACKAGE) || !(type.isRecord() || type.isEnum())) {
            throw new IOException("not a model record or enum: " + type.getName());
        }
        return type.getName().substring(MODEL_PACKAGE.length());
    }

    private static final Map<String, Class<?>> MODEL_TYPES = new ConcurrentHashMap<>();

    private static Class<?> modelType(String name) throws IOException {
        Class<?> known = MODEL_TYPES.get(name);
        if (known != null) {
            return known;
        }
        try {
            // not initialised: a class is only used once it has proved to be a record or an enum of the model
            Class<?> type = Class.forName(MODEL_PACKAGE + name, false, NoteCodec.class.getClassLoader());
            if (!(type.isRecord() || type.isEnum())) {
                throw new IOException("not a model record or enum: " + name);
            }
            MODEL_TYPES.put(name, type);
            return type;
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IOException("unknown type " + name, e);
        }
    }

    private static RecordType recordType(Class<?> type) throws IOException {
        if (!type.isRecord()) {
            throw new IOException("not a record: " + type.getName());
        }
        RecordType known = RECORD_TYPES.get(type);
        if (known != null) {
            return known;
        }
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] parameters = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            parameters[i] = components[i].getType();
        }
        try {
            Declared[] declared = new Declared[components.length];
            for (int i = 0; i < components.length; i++) {
                declared[i] = Declared.of(components[i].getGenericType());
            }
            RecordType found = new RecordType(components, type.getDeclaredConstructor(parameters), declared);
            for (RecordComponent component : components) {
                component.getAccessor().setAccessible(true);
            }
            found.constructor().setAccessible(true);
            RECORD_TYPES.put(type, found);
            return found;
        } catch (NoSuchMethodException | RuntimeException e) {
            throw new IOException("no canonical constructor: " + type.getName(), e);
        }
    }

    private static int readCount(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > MAX_COUNT) {
            throw new IOException("count out of range: " + count);
        }
        return count;
    }

    static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_STRING_BYTES) {
            throw new IOException("string length out of range: " + length);
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new java.io.EOFException("string cut short");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
