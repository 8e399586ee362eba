package io.github.backendnotes.model;

import java.util.ArrayDeque;
import java.util.Deque;

/** Operations on the {@code /}-separated paths relative to the notes root that the model uses. */
public final class PathNames {

    private PathNames() {
    }

    /** Removes {@code .} and resolves {@code ..}; a path that climbs above the root keeps its leading {@code ..}. */
    public static String normalize(String path) {
        if (isNormal(path)) {
            return path;
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..") && !parts.isEmpty() && !parts.peekLast().equals("..")) {
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    /** Whether no part is empty, {@code .} or {@code ..}: most paths, which normalising would only copy. */
    private static boolean isNormal(String path) {
        int start = 0;
        for (int i = 0; i <= path.length(); i++) {
            if (i == path.length() || path.charAt(i) == '/') {
                int length = i - start;
                if (path.isEmpty() || length == 0 || path.charAt(start) == '.' && (length == 1
                        || length == 2 && path.charAt(start + 1) == '.')) {
                    return path.isEmpty();
                }
                start = i + 1;
            }
        }
        return true;
    }

    /** The folder of a path, {@code ""} at the root. */
    public static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    public static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Whether {@code path} lies in folder {@code dir} or below it; every path lies under {@code ""}. */
    public static boolean isUnder(String path, String dir) {
        return dir.isEmpty() || path.length() > dir.length() && path.charAt(dir.length()) == '/' && path.startsWith(dir);
    }

    /** A link target's percent escapes decoded ({@code %20} → space, a {@code +} kept); the text as it is when malformed. */
    public static String percentDecoded(String text) {
        if (!text.contains("%")) {
            return text;
        }
        try {
            return java.net.URLDecoder.decode(text.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
