package io.github.backendnotes.snippets;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The crates a Rust program uses and the modules a Go program imports beyond their standard libraries, read from the
 * code: a path's first segment that the program does not declare ({@code tokio::spawn}, {@code use serde::Serialize},
 * {@code #[tokio::main]}), and a Go import whose first element has a dot ({@code github.com/…}).
 */
final class ExternalPaths {

    private static final Pattern PATH_START = Pattern.compile("(?<![A-Za-z0-9_:.])([a-z_][a-z0-9_]*)\\s*::(?!\\s*<)");
    private static final Pattern USE = Pattern.compile("\\buse\\s+([^;]+);");
    private static final Pattern EXTERN_CRATE = Pattern.compile("\\bextern\\s+crate\\s+([a-z_][a-z0-9_]*)");
    private static final Pattern LOCAL_NAME = Pattern.compile("\\b(?:mod|fn|let|let\\s+mut|static|const)\\s+([a-z_][a-z0-9_]*)");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern GO_IMPORT = Pattern.compile("\"([^\"\\s]+)\"");
    private static final Pattern GO_IMPORTS = Pattern.compile("(?m)^import\\s*(?:\\(([^)]*)\\)|([^\\n]*))");
    private static final Set<String> BUILT_IN = Set.of("std", "core", "alloc", "crate", "self", "super",
            "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize", "f32", "f64",
            "bool", "char", "str");

    private ExternalPaths() {
    }

    /** The crates a Rust program needs beyond std, sorted. */
    static List<String> rustCrates(String code) {
        String text = withoutCommentsAndStrings(code);
        Set<String> local = new HashSet<>(BUILT_IN);
        Matcher use = USE.matcher(text);
        while (use.find()) {
            // every name a use brings into scope past its first segment is the program's own ("use std::fmt;")
            Matcher name = IDENTIFIER.matcher(use.group(1));
            boolean first = true;
            while (name.find()) {
                if (!first) {
                    local.add(name.group());
                }
                first = false;
            }
        }
        Matcher declared = LOCAL_NAME.matcher(text);
        while (declared.find()) {
            local.add(declared.group(1));
        }
        Set<String> crates = new TreeSet<>();
        Matcher extern = EXTERN_CRATE.matcher(text);
        while (extern.find()) {
            crates.add(extern.group(1));
        }
        Matcher path = PATH_START.matcher(text);
        while (path.find()) {
            if (!local.contains(path.group(1))) {
                crates.add(path.group(1));
            }
        }
        crates.removeIf(BUILT_IN::contains);
        return List.copyOf(crates);
    }

    /** The modules a Go program imports from outside the standard library, sorted. */
    static List<String> goModules(String code) {
        Set<String> modules = new TreeSet<>();
        Matcher imports = GO_IMPORTS.matcher(code);
        while (imports.find()) {
            String list = imports.group(1) != null ? imports.group(1) : imports.group(2);
            Matcher each = GO_IMPORT.matcher(list);
            while (each.find()) {
                String path = each.group(1);
                int slash = path.indexOf('/');
                if ((slash < 0 ? path : path.substring(0, slash)).contains(".")) {
                    modules.add(path);
                }
            }
        }
        return List.copyOf(modules);
    }

    /** The code with comments and string literals blanked, so that a path in a message names no crate. */
    static String withoutCommentsAndStrings(String code) {
        return code.replaceAll("(?s)/\\*.*?\\*/", " ")
                .replaceAll("r#*\"(?s:.*?)\"#*", "\"\"")
                .replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"")
                .replaceAll("'(?:\\\\.|[^'\\\\])'", "' '")
                .replaceAll("//[^\\n]*", "");
    }
}
