package io.github.backendnotes.engine.cache;

import java.io.DataInputStream;
import java.io.IOException;
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
 * The stored form of the plugin's model values (records and enums of the {@code model} package, lists, sets, maps,
 * strings, ints and booleans) for the note cache: the tags, the bounds, and the model types by name, which
 * {@link CodecWriter} writes and {@link CodecReader} reads. Reading builds only those types, through each record's
 * canonical constructor: a damaged or foreign file can produce nothing else, and no Java serialization is involved.
 */
final class NoteCodec {

    private static final String MODEL_PACKAGE = "io.github.backendnotes.model.";
    /** Bounds on what a damaged or foreign file can make the reader allocate or recurse into. */
    private static final int MAX_STRING_BYTES = 16 * 1024 * 1024;
    private static final int MAX_COUNT = 16 * 1024 * 1024;
    /** Deep enough for any real note (a level of list nesting takes four); shallow enough for any thread's stack. */
    static final int MAX_DEPTH = 256;

    static final byte NULL = 0;
    static final byte STRING = 1;
    static final byte INT = 2;
    static final byte BOOLEAN = 3;
    static final byte ENUM = 4;
    static final byte LIST = 5;
    static final byte SET = 6;
    static final byte MAP = 7;
    static final byte RECORD = 8;

    /** A record type's components and canonical constructor, looked up once. */
    record RecordType(RecordComponent[] components, Constructor<?> constructor, Declared[] declared) {
    }

    /**
     * A component's declared type, resolved once: the class a value must be, and for a list or set the class of
     * what it holds ({@code element}), for a map of its keys and values; null where nothing more is declared.
     */
    record Declared(Class<?> type, Class<?> key, Class<?> element) {

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

    static Object[] enumConstants(Class<?> type) throws IOException {
        if (!type.isEnum()) {
            throw new IOException("not an enum: " + type.getName());
        }
        return type.getEnumConstants();
    }

    /** The type's name within the model package: nothing outside it can be written, or read back. */
    static String typeName(Class<?> type) throws IOException {
        if (!type.getName().startsWith(MODEL_PACKAGE) || !(type.isRecord() || type.isEnum())) {
            throw new IOException("not a model record or enum: " + type.getName());
        }
        return type.getName().substring(MODEL_PACKAGE.length());
    }

    private static final Map<String, Class<?>> MODEL_TYPES = new ConcurrentHashMap<>();

    static Class<?> modelType(String name) throws IOException {
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

    static RecordType recordType(Class<?> type) throws IOException {
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

    static int readCount(DataInputStream in) throws IOException {
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
