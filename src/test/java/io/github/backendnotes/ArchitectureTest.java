package io.github.backendnotes;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import org.junit.jupiter.api.Test;

import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The shape the code keeps as it grows: packages that do not depend on each other in a circle, each with a
 * {@code package-info.java}, and classes and methods short enough to read.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final String BASE = "io.github.backendnotes.";
    /** An import or a fully qualified use of a project class: the package is what precedes the class name. */
    private static final Pattern REFERENCE = Pattern.compile("\\bio\\.github\\.backendnotes\\.((?:[a-z][a-z0-9]*\\.)*[a-z][a-z0-9]*)\\.[A-Z]");
    private static final int MAX_CLASS_LINES = 300;
    private static final int MAX_METHOD_LINES = 60;

    @Test
    void packagesDoNotDependOnEachOtherInACircle() throws IOException {
        Map<String, Set<String>> dependencies = packageDependencies();
        List<String> cycles = new ArrayList<>();
        for (Set<String> component : new StronglyConnected(dependencies).components()) {
            if (component.size() > 1) {
                cycles.add(component + " via " + edgesWithin(dependencies, component));
            }
        }
        assertEquals(List.of(), cycles, "packages that depend on each other");
    }

    @Test
    void everyPackageSaysWhatLivesThere() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String pkg : packageDependencies().keySet()) {
            if (!Files.isRegularFile(MAIN.resolve((BASE + pkg).replace('.', '/')).resolve("package-info.java"))) {
                missing.add(pkg);
            }
        }
        assertEquals(List.of(), missing, "packages without a package-info.java");
    }

    @Test
    void classesAndMethodsStayShort() throws IOException {
        List<String> tooLong = new ArrayList<>();
        List<Path> sources = sources();
        for (Path source : sources) {
            long lines = Files.readAllLines(source, StandardCharsets.UTF_8).size();
            if (lines > MAX_CLASS_LINES) {
                tooLong.add(MAIN.relativize(source) + ": " + lines + " lines");
            }
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
            JavacTask task = (JavacTask) compiler.getTask(null, files, null, List.of("-proc:none"), null, units);
            SourcePositions positions = Trees.instance(task).getSourcePositions();
            for (CompilationUnitTree unit : task.parse()) {
                new TreePathScanner<Void, Void>() {
                    @Override
                    public Void visitMethod(MethodTree method, Void unused) {
                        LineMap lines = unit.getLineMap();
                        long first = lines.getLineNumber(positions.getStartPosition(unit, method));
                        long last = lines.getLineNumber(positions.getEndPosition(unit, method));
                        if (last - first + 1 > MAX_METHOD_LINES) {
                            tooLong.add(Path.of(unit.getSourceFile().toUri()).getFileName() + ":" + first + " "
                                    + method.getName() + ": " + (last - first + 1) + " lines");
                        }
                        return super.visitMethod(method, unused);
                    }
                }.scan(unit, null);
            }
        }
        assertEquals(List.of(), tooLong, "classes over " + MAX_CLASS_LINES + " lines or methods over "
                + MAX_METHOD_LINES + " lines");
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> walk = Files.walk(MAIN)) {
            return walk.filter(p -> p.toString().endsWith(".java") && !p.endsWith("package-info.java")).sorted().toList();
        }
    }

    /** Package (below {@code io.github.backendnotes}) → the project packages its classes name. */
    private static Map<String, Set<String>> packageDependencies() throws IOException {
        Map<String, Set<String>> dependencies = new TreeMap<>();
        for (Path source : sources()) {
            String pkg = MAIN.relativize(source.getParent()).toString().replace('/', '.').replace('\\', '.')
                    .substring(BASE.length());
            Set<String> used = dependencies.computeIfAbsent(pkg, p -> new TreeSet<>());
            Matcher reference = REFERENCE.matcher(Files.readString(source, StandardCharsets.UTF_8));
            while (reference.find()) {
                if (!reference.group(1).equals(pkg)) {
                    used.add(reference.group(1));
                }
            }
        }
        return dependencies;
    }

    private static List<String> edgesWithin(Map<String, Set<String>> dependencies, Set<String> component) {
        List<String> edges = new ArrayList<>();
        for (String from : component) {
            for (String to : dependencies.getOrDefault(from, Set.of())) {
                if (component.contains(to)) {
                    edges.add(from + " -> " + to);
                }
            }
        }
        return edges;
    }

    /** Tarjan's strongly connected components: a component of more than one package is a cycle. */
    private static final class StronglyConnected {
        private final Map<String, Set<String>> graph;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new TreeSet<>();
        private final List<Set<String>> components = new ArrayList<>();

        StronglyConnected(Map<String, Set<String>> graph) {
            this.graph = graph;
        }

        List<Set<String>> components() {
            for (String node : graph.keySet()) {
                if (!index.containsKey(node)) {
                    visit(node);
                }
            }
            return components;
        }

        private void visit(String node) {
            index.put(node, index.size());
            low.put(node, index.get(node));
            stack.push(node);
            onStack.add(node);
            for (String next : graph.getOrDefault(node, Set.of())) {
                if (!index.containsKey(next)) {
                    visit(next);
                    low.put(node, Math.min(low.get(node), low.get(next)));
                } else if (onStack.contains(next)) {
                    low.put(node, Math.min(low.get(node), index.get(next)));
                }
            }
            if (low.get(node).equals(index.get(node))) {
                Set<String> component = new TreeSet<>();
                String member;
                do {
                    member = stack.pop();
                    onStack.remove(member);
                    component.add(member);
                } while (!member.equals(node));
                components.add(component);
            }
        }
    }
}
