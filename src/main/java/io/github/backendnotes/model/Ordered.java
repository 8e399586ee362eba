package io.github.backendnotes.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Unmodifiable copies that keep the order they are given. What a rubric line was read as is a record whose text
 * report.json shows; {@code Map.copyOf} and {@code Set.copyOf} iterate in an order that changes from one JVM to the
 * next, and so would that text.
 */
public final class Ordered {

    private Ordered() {
    }

    public static <K, V> Map<K, V> map(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    public static <T> Set<T> set(Set<T> set) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(set));
    }
}
