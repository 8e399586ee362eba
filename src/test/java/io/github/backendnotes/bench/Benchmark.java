package io.github.backendnotes.bench;

import io.github.backendnotes.run.RunRequest;
import io.github.backendnotes.engine.Engine;
import io.github.backendnotes.engine.RuleTimes;
import io.github.backendnotes.run.RunResult;
import io.github.backendnotes.report.JsonReport;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The performance benchmark: not a test (tests never assert on timings). Run it with {@code bench/run.sh}; see
 * {@code bench/README.md}. Figures go to standard output and to {@code results.md} in the results folder.
 */
public final class Benchmark {

    private static final String SOURCE_SERIES = "networking";

    private Path examples = Paths.get("examples/notes");
    private Path out = Paths.get("/tmp/backend-notes-bench/vault");
    private Path results = Paths.get("target/bench");
    private int generate = -1;
    private Path copyTree;
    private int copies = -1;
    private int chapters = 20;
    private int padKb = 0;
    private int defects = 10;
    private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    // throughput once the JIT has settled: with fewer warm-up rounds it is still compiling the plugin's code on
    // the same cores during the measured ones
    private int rounds = 8;
    private int warmup = 8;
    private Path compare;
    private boolean memory;
    private boolean changed;
    private boolean maven;
    private int smallSeries = 22;
    private int changedRounds = 3;
    private String markdownlint;
    private boolean noMarkdownlint;
    private boolean skipTiming;
    private String verifyOnceRef;
    private boolean verifyOnce;
    private boolean parseOnce;
    private String real;
    private Path corpus = Paths.get("../shared/corpus");
    private boolean ruleTimes;
    private int cold;
    private String mavenArgs;
    private String jvmOptions;

    private final Map<String, String> figures = new LinkedHashMap<>();

    public static void main(String[] args) throws Exception {
        Benchmark bench = new Benchmark();
        bench.parseArgs(args);
        System.exit(bench.run());
    }

    private void parseArgs(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--generate" -> generate = Integer.parseInt(args[++i]);
                case "--copy" -> {
                    copyTree = Paths.get(args[++i]);
                    copies = Integer.parseInt(args[++i]);
                }
                case "--real" -> {
                    real = args[++i];
                    copies = Integer.parseInt(args[++i]);
                }
                case "--corpus" -> corpus = Paths.get(args[++i]);
                case "--cold" -> cold = Integer.parseInt(args[++i]);
                case "--maven-args" -> mavenArgs = args[++i];
                case "--jvm-options" -> jvmOptions = args[++i];
                case "--chapters" -> chapters = Integer.parseInt(args[++i]);
                case "--pad-kb" -> padKb = Integer.parseInt(args[++i]);
                case "--defects" -> defects = Integer.parseInt(args[++i]);
                case "--examples" -> examples = Paths.get(args[++i]);
                case "--out" -> out = Paths.get(args[++i]);
                case "--results" -> results = Paths.get(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--compare" -> compare = Paths.get(args[++i]);
                case "--memory" -> memory = true;
                case "--changed-since" -> changed = true;
                case "--changed-rounds" -> changedRounds = Integer.parseInt(args[++i]);
                case "--maven" -> maven = true;
                case "--small-series" -> smallSeries = Integer.parseInt(args[++i]);
                case "--markdownlint" -> markdownlint = args[++i];
                case "--no-markdownlint" -> noMarkdownlint = true;
                case "--no-timing" -> skipTiming = true;
                case "--rule-times" -> ruleTimes = true;
                case "--all" -> {
                    changed = true;
                    maven = true;
                }
                // internal: one verify in a fresh JVM, for end-to-end times
                case "--verify-once" -> verifyOnce = true;
                // internal: one parse-only pass in a fresh JVM, the cold protocol's lower bound
                case "--parse-once" -> parseOnce = true;
                case "--ref" -> verifyOnceRef = args[++i];
                case "-h", "--help" -> {
                    usage();
                    System.exit(0);
                }
                default -> {
                    System.err.println("unknown argument: " + arg);
                    usage();
                    System.exit(2);
                }
            }
        }
        if (chapters < 3 || chapters > 99) {
            throw new IllegalArgumentException("--chapters must be within 3..99");
        }
    }

    private static void usage() {
        System.err.println("""
                Benchmark [--generate N [--chapters C] [--pad-kb K] | --copy <tree> N | --real backend|docs N]
                          [--out <vault>] [--corpus <dir>] [--cold R [--maven-args "<args>"] [--jvm-options "<options>"]]
                          [--threads T] [--rounds R] [--warmup W] [--results <dir>] [--compare <old report.json>]
                          [--memory] [--changed-since] [--maven [--small-series S]] [--all]
                          [--markdownlint <path> | --no-markdownlint] [--no-timing] [--rule-times]
                  --generate N     N copies of examples/notes/networking, each with C chapters (default 20)
                  --defects n      add Markdown defects to one chapter of every n-th series (default 10; 0: none)
                  --pad-kb K       pad every chapter to about K KB of synthetic Markdown (memory runs)
                  --copy <tree> N  copy a given tree N times into the vault instead
                  --real backend N N copies of the corpus's upstream-head/40_knowledge/backend (real notes)
                  --real docs N    N copies of the corpus's external/obsidian-developer-docs/en
                  --corpus <dir>   the real-notes corpus (default ../shared/corpus, beside the checkout)
                  --cold R         R rounds, after one discarded: a fresh JVM for parse-only, then a fresh
                                   mvn backend-notes:verify, alternating; medians, ratio and peak RSS
                  --maven-args "a b"  given to each mvn call of --cold (e.g. "-o -s settings.xml")
                  --jvm-options "a b" JVM options of both sides of --cold: the parse-only JVM's, MAVEN_OPTS
                                   and the goal's forkJvmArgs
                  --out <vault>    the vault folder (default /tmp/backend-notes-bench/vault); replaced when generating
                  --warmup W       rounds of parse-only and verify run first and discarded (default 8)
                  --rounds R       rounds measured, of which the medians are taken (default 8)
                  --memory         one verify run, reporting peak heap (run under JAVA_OPTS=-Xmx256m)
                  --rule-times     the time of each per-note rule, warm: W rounds discarded, R measured
                  --changed-since  git init + commit + one note changed, then verify with changedSince=HEAD
                  --changed-rounds n  rounds of the changedSince measurement (default 3)
                  --maven          mvn backend-notes:verify on a ~500-note vault vs a no-op mvn validate; with
                                   --changed-since, also the changedSince run through mvn
                """);
    }

    private int run() throws Exception {
        if (verifyOnce) {
            RunRequest request = goalRequest(out).withChangedSince(verifyOnceRef);
            RunResult result = new Engine().run(request);
            Files.createDirectories(results);
            JsonReport.write(result, results);
            System.out.println("files=" + result.files() + " skipped=" + result.skipped() + " findings=" + result.findings().size());
            return 0;
        }
        if (parseOnce) {
            System.out.println("files=" + parseOnly(out, threads));
            return 0;
        }
        machine();
        if (generate > 0) {
            long start = System.nanoTime();
            long bytes = generate(examples, out, generate, chapters, padKb, defects);
            log("generated %s: %d series x %d chapters, %.1f MB in %.1f s", out, generate, chapters,
                    bytes / 1048576.0, seconds(System.nanoTime() - start));
        } else if (real != null) {
            Path tree = RealVaults.build(corpus, real, out, copies);
            log("copied %s %d times into %s", tree, copies, out);
        } else if (copyTree != null) {
            copyTimes(copyTree, out, copies);
            log("copied %s %d times into %s", copyTree, copies, out);
        }
        if (!Files.isDirectory(out)) {
            throw new IllegalArgumentException("no vault at " + out + "; use --generate N or --copy <tree> N");
        }
        List<Path> files = markdownFiles(out);
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        figures.put("notes", String.valueOf(files.size()));
        figures.put("vault size", String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0));
        figures.put("threads", String.valueOf(threads));
        log("vault %s: %d Markdown files, %.1f MB; %d threads", out, files.size(), bytes / 1048576.0, threads);

        if (memory) {
            return memoryRun();
        }
        int status = 0;
        if (!skipTiming) {
            status = timing();
        }
        if (ruleTimes) {
            ruleTimes();
        }
        if (cold > 0) {
            new ColdRuns(out, results, threads, mavenArgs, jvmOptions).run(cold, figures);
        }
        if (changed) {
            changedSince();
        }
        if (maven) {
            mavenOverhead();
        }
        if (!noMarkdownlint) {
            markdownlint();
        }
        writeFigures();
        return status;
    }

    /** What each per-note rule costs a run, warm; the costliest dozen go into the figures. */
    private void ruleTimes() throws IOException {
        Map<String, Double> times = RuleTimes.measure(out, threads, warmup, rounds);
        double total = times.values().stream().mapToDouble(Double::doubleValue).sum();
        log("per-note rules, warm: %.0f ms a run (%d rounds after %d discarded)", total, rounds, warmup);
        figures.put("per-note rules, warm (ms a run)", String.format(Locale.ROOT, "%.0f", total));
        times.entrySet().stream().limit(12).forEach(rule -> {
            log("  %7.1f ms  %s", rule.getValue(), rule.getKey());
            figures.put("per-note rule " + rule.getKey() + " (ms a run)", String.format(Locale.ROOT, "%.1f", rule.getValue()));
        });
    }

    // ---------------------------------------------------------------------------------------- parse-only vs verify

    private int timing() throws Exception {
        Engine engine = new Engine();
        RunRequest request = goalRequest(out);
        List<Double> parseTimes = new ArrayList<>();
        List<Double> verifyTimes = new ArrayList<>();
        RunResult last = null;
        int parsed = 0;
        for (int round = 0; round < warmup + rounds; round++) {
            boolean measured = round >= warmup;
            long start = System.nanoTime();
            parsed = parseOnly(out, threads);
            double parse = seconds(System.nanoTime() - start);
            start = System.nanoTime();
            last = engine.run(request);
            double verify = seconds(System.nanoTime() - start);
            log("%s %d: parse-only %.3f s (%d files), verify %.3f s (%d files, %d findings)",
                    measured ? "round" : "warm-up", measured ? round - warmup + 1 : round + 1, parse, parsed, verify,
                    last.files(), last.findings().size());
            if (measured) {
                parseTimes.add(parse);
                verifyTimes.add(verify);
            }
        }
        double parseMedian = median(parseTimes);
        double verifyMedian = median(verifyTimes);
        double ratio = verifyMedian / parseMedian;
        figures.put("parse-only (median)", String.format(Locale.ROOT, "%.3f s", parseMedian));
        figures.put("verify (median)", String.format(Locale.ROOT, "%.3f s", verifyMedian));
        figures.put("verify / parse-only", String.format(Locale.ROOT, "%.2f (target <= 1.5: %s)", ratio,
                ratio <= 1.5 ? "met" : "NOT met"));
        figures.put("findings", String.valueOf(last.findings().size()));
        log("parse-only median %.3f s, verify median %.3f s, ratio %.2f, %d notes, %d findings", parseMedian,
                verifyMedian, ratio, last.files(), last.findings().size());

        Files.createDirectories(results);
        Path report = JsonReport.write(last, results);
        log("report: %s", report);
        if (compare != null) {
            String difference = ReportComparison.compare(Files.readString(compare), Files.readString(report));
            if (difference != null) {
                log("COMPARE FAILED against %s: %s", compare, difference);
                figures.put("compare", "DIFFERENT from " + compare + ": " + difference);
                return 1;
            }
            log("compare: findings identical to %s", compare);
            figures.put("compare", "identical to " + compare);
        }
        return 0;
    }

    private RunRequest request(Path vault) {
        return new RunRequest(vault, List.of(), threads);
    }

    /** What the goal runs: every run also writes the note cache (here in the results folder). */
    private RunRequest goalRequest(Path vault) {
        return request(vault).withNoteCache(results.resolve("note-cache.bin"));
    }

    /**
     * The lower bound: walk the tree, read every Markdown file, compose its front matter with SnakeYAML and parse
     * its body with commonmark-java (GFM tables, source spans), on {@code threads} workers.
     */
    static int parseOnly(Path root, int threads) throws Exception {
        List<Path> files = markdownFiles(root);
        Parser parser = Parser.builder().extensions(List.of(TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                    String body = text;
                    if (text.startsWith("---\n")) {
                        int close = text.indexOf("\n---\n", 3);
                        if (close > 0) {
                            LoaderOptions options = new LoaderOptions();
                            Yaml yaml = new Yaml(new SafeConstructor(options));
                            yaml.compose(new StringReader(text.substring(4, close + 1)));
                            body = text.substring(close + 5);
                        }
                    }
                    return parser.parse(body) == null ? 0 : 1;
                }));
            }
            int count = 0;
            for (Future<Integer> future : futures) {
                count += future.get();
            }
            return count;
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------------------------------------- memory

    private int memoryRun() throws Exception {
        long max = Runtime.getRuntime().maxMemory();
        AtomicLong sampled = new AtomicLong();
        AtomicLong afterGc = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (!"com.sun.management.gc.notification".equals(notification.getType())) {
                        return;
                    }
                    CompositeData data = (CompositeData) notification.getUserData();
                    CompositeData info = (CompositeData) data.get("gcInfo");
                    @SuppressWarnings("unchecked")
                    javax.management.openmbean.TabularData after = (javax.management.openmbean.TabularData) info.get("memoryUsageAfterGc");
                    long used = 0;
                    for (Object row : after.values()) {
                        CompositeData entry = (CompositeData) row;
                        String pool = (String) entry.get("key");
                        if (isHeapPool(pool)) {
                            used += MemoryUsage.from((CompositeData) entry.get("value")).getUsed();
                        }
                    }
                    afterGc.accumulateAndGet(used, Math::max);
                }, null, null);
            }
        }
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                sampled.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        String outcome;
        long start = System.nanoTime();
        int status = 0;
        try {
            RunResult result = new Engine().run(goalRequest(out));
            Files.createDirectories(results);
            JsonReport.write(result, results);
            outcome = "PASS (" + result.files() + " files, " + result.findings().size() + " findings)";
        } catch (OutOfMemoryError e) {
            outcome = "FAIL (OutOfMemoryError: " + e.getMessage() + ")";
            status = 1;
        }
        double took = seconds(System.nanoTime() - start);
        sampler.interrupt();
        sampler.join();
        long poolPeaks = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                poolPeaks += pool.getPeakUsage().getUsed();
            }
        }
        figures.put("memory: -Xmx (max heap)", mb(max));
        figures.put("memory: result", outcome + String.format(Locale.ROOT, " in %.1f s", took));
        figures.put("memory: peak heap used (sampled every 5 ms)", mb(sampled.get()));
        figures.put("memory: peak live heap after a GC", mb(afterGc.get()));
        figures.put("memory: sum of heap pools' peaks (upper bound)", mb(poolPeaks));
        log("memory run under max heap %s: %s; peak used %s, peak after GC %s, pools' peaks %s", mb(max), outcome,
                mb(sampled.get()), mb(afterGc.get()), mb(poolPeaks));
        writeFigures();
        return status;
    }

    private static boolean isHeapPool(String name) {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getName().equals(name)) {
                return pool.getType() == MemoryType.HEAP;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------- changedSince

    private void changedSince() throws Exception {
        if (!Files.isDirectory(out.resolve(".git"))) {
            exec(out, "git", "init", "-q");
        }
        exec(out, "git", "add", "-A");
        exec(out, "git", "-c", "user.name=bench", "-c", "user.email=bench@example.invalid", "commit", "-q",
                "--allow-empty", "-m", "benchmark vault");
        Path note;
        try (Stream<Path> walk = Files.walk(out)) {
            note = walk.filter(p -> p.getFileName().toString().matches("\\d{2}_.*\\.md"))
                    .filter(p -> !p.toString().contains("/.git/")).sorted().findFirst().orElseThrow();
        }
        String original = Files.readString(note);
        Files.writeString(note, original + "\n- A note changed for the changedSince benchmark.\n");
        try {
            Engine engine = new Engine();
            // the goal keeps the note cache in the build directory; a full run before seeds it, as on a
            // developer's machine or a CI cache
            Path scratch = Files.createTempDirectory("bench-changed");
            Path cache = scratch.resolve("note-cache.bin");
            double seeding = coldChild(scratch);
            engine.run(request(out).withNoteCache(cache));
            RunRequest request = request(out).withChangedSince("HEAD").withNoteCache(cache);
            List<Double> times = new ArrayList<>();
            RunResult result = null;
            for (int i = 0; i < changedRounds; i++) {
                long start = System.nanoTime();
                result = engine.run(request);
                times.add(seconds(System.nanoTime() - start));
            }
            // end to end: a fresh JVM that runs verify and writes report.json, as a CI step would
            List<Double> endToEnd = coldChildren(scratch, false);
            double warm = median(times);
            double cold = median(endToEnd);
            figures.put("changedSince=HEAD, 1 note changed: verify in a warm JVM (median of " + changedRounds + ")",
                    String.format(Locale.ROOT, "%.3f s (%d checked, %d skipped)", warm,
                            result.files() - result.skipped(), result.skipped()));
            figures.put("changedSince=HEAD, 1 note changed: end to end, fresh JVM + report (median of " + changedRounds + ")",
                    String.format(Locale.ROOT, "%.3f s (target <= 3 s: %s)", cold, cold <= 3 ? "met" : "NOT met"));
            figures.put("changedSince=HEAD, 1 note changed: end to end without a note cache (first run)",
                    String.format(Locale.ROOT, "%.3f s", seeding));
            figures.put("changedSince=HEAD, 1 note changed: end to end, fresh JVM with -XX:TieredStopAtLevel=1 (median of "
                    + changedRounds + ")", String.format(Locale.ROOT, "%.3f s", median(coldChildren(scratch, true))));
            if (maven) {
                changedSinceThroughMaven();
            }
            log("changedSince: warm %.3f s, end to end %.3f s (%d skipped), first run without a cache %.3f s",
                    warm, cold, result.skipped(), seeding);
        } finally {
            Files.writeString(note, original);
        }
    }

    private List<Double> coldChildren(Path scratch, boolean c1Only) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < changedRounds; i++) {
            times.add(c1Only ? coldChild(scratch, "-XX:TieredStopAtLevel=1") : coldChild(scratch));
        }
        return times;
    }

    /**
     * The goal through Maven, from a scratch folder that holds its build directory (and so its note cache),
     * with Maven's default JVM options and with only the C1 compiler: a full run (which writes the cache), then
     * the changedSince runs.
     */
    private void changedSinceThroughMaven() throws Exception {
        Path project = Files.createTempDirectory("bench-changed-mvn");
        Path mavenLog = results.toAbsolutePath().resolve("maven-changed-since.log");
        Files.createDirectories(results);
        List<String> full = List.of(mvnCommand(), "-B", "-q", "-o", PLUGIN_VERIFY,
                "-Dbackend-notes.notesDirectory=" + out.toAbsolutePath(), "-Dbackend-notes.failOnViolation=false");
        List<String> changedOnly = new ArrayList<>(full);
        changedOnly.add("-Dbackend-notes.changedSince=HEAD");
        for (String options : List.of("", "-XX:TieredStopAtLevel=1")) {
            String label = options.isEmpty() ? "" : " with MAVEN_OPTS=" + options;
            double fullRun = timedMaven(project, full, mavenLog, options);
            figures.put("full run: mvn backend-notes:verify" + label, String.format(Locale.ROOT, "%.3f s", fullRun));
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < changedRounds; i++) {
                times.add(timedMaven(project, changedOnly, mavenLog, options));
            }
            double time = median(times);
            figures.put("changedSince=HEAD, 1 note changed: mvn backend-notes:verify" + label + " (median of "
                    + changedRounds + ")", String.format(Locale.ROOT, "%.3f s (target <= 3 s: %s)", time,
                    time <= 3 ? "met" : "NOT met"));
            log("through Maven%s: full run %.3f s, changedSince %.3f s", label, fullRun, time);
        }
    }

    private static double timedMaven(Path project, List<String> command, Path log, String mavenOpts) throws Exception {
        long start = System.nanoTime();
        int rc = execLogged(project, command, log, Map.of("MAVEN_OPTS", mavenOpts));
        if (rc != 0) {
            throw new IllegalStateException("mvn failed (" + rc + "), see " + log);
        }
        return seconds(System.nanoTime() - start);
    }

    /** A fresh JVM that runs verify with changedSince=HEAD, its cache in {@code scratch}, and writes report.json. */
    private double coldChild(Path scratch, String... jvmOptions) throws Exception {
        long start = System.nanoTime();
        List<String> command = javaCommand("--verify-once", "--out", out.toString(), "--ref", "HEAD",
                "--results", scratch.toString(), "--threads", String.valueOf(threads));
        command.addAll(1, Arrays.asList(jvmOptions));
        int rc = exec(null, command);
        if (rc != 0) {
            throw new IllegalStateException("the verify-once child failed: " + rc);
        }
        return seconds(System.nanoTime() - start);
    }

    private List<String> javaCommand(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Benchmark.class.getName());
        command.addAll(Arrays.asList(args));
        return command;
    }

    // ---------------------------------------------------------------------------------------------- Maven

    static final String PLUGIN_VERIFY = "io.github.backendnotes:backend-notes-maven-plugin:verify";

    static String mvnCommand() {
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win") ? "mvn.cmd" : "mvn";
    }

    private void mavenOverhead() throws Exception {
        Path small = out.resolveSibling(out.getFileName() + "-small");
        generate(examples, small, smallSeries, chapters, 0, defects);
        Files.writeString(small.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>bench</groupId>
                  <artifactId>small-vault</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                </project>
                """);
        int notes = markdownFiles(small).size();
        String mvn = mvnCommand();
        List<String> noop = List.of(mvn, "-B", "-q", "-o", "validate");
        List<String> verify = List.of(mvn, "-B", "-q", "-o", PLUGIN_VERIFY, "-Dbackend-notes.failOnViolation=false");
        List<Double> noopTimes = new ArrayList<>();
        List<Double> verifyTimes = new ArrayList<>();
        Path mavenLog = results.toAbsolutePath().resolve("maven.log");
        Files.createDirectories(results);
        for (int i = 0; i < 4; i++) {
            long start = System.nanoTime();
            int rc = execLogged(small, noop, mavenLog);
            double a = seconds(System.nanoTime() - start);
            start = System.nanoTime();
            int rc2 = execLogged(small, verify, mavenLog);
            double b = seconds(System.nanoTime() - start);
            if (rc != 0 || rc2 != 0) {
                throw new IllegalStateException("mvn failed (validate " + rc + ", verify " + rc2
                        + "; see " + mavenLog + "); install the plugin first: mvn -q -DskipTests -Dinvoker.skip=true install");
            }
            log("mvn %s: validate %.2f s, backend-notes:verify %.2f s", i == 0 ? "warm-up" : "round " + i, a, b);
            if (i > 0) {
                noopTimes.add(a);
                verifyTimes.add(b);
            }
        }
        double a = median(noopTimes);
        double b = median(verifyTimes);
        figures.put("small vault notes", String.valueOf(notes));
        figures.put("small vault: mvn -q -o validate (no-op, median of 3)", String.format(Locale.ROOT, "%.2f s", a));
        figures.put("small vault: mvn -q -o backend-notes:verify (median of 3)", String.format(Locale.ROOT, "%.2f s", b));
        figures.put("small vault: plugin overhead", String.format(Locale.ROOT, "%.2f s (target <= ~1.5 s: %s)", b - a,
                b - a <= 1.5 ? "met" : "NOT met"));
    }

    // ---------------------------------------------------------------------------------------------- markdownlint

    private void markdownlint() throws Exception {
        String tool = markdownlint != null ? markdownlint : onPath("markdownlint-cli2");
        if (tool == null) {
            log("markdownlint-cli2 not found on PATH (or give --markdownlint <path>): skipped");
            figures.put("markdownlint-cli2", "not found, skipped");
            return;
        }
        Path config = out.resolve(".markdownlint-cli2.jsonc");
        Files.writeString(config, """
                {
                  "config": {
                    "default": false,
                    "MD001": true, "MD024": true, "MD025": true, "MD040": true, "MD042": true, "MD051": true
                  }
                }
                """);
        Path log = Files.createTempFile("markdownlint", ".log");
        try {
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                ProcessBuilder builder = new ProcessBuilder(tool, "**/*.md", "#**/target/**", "#**/node_modules/**")
                        .directory(out.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
                int rc = builder.start().waitFor();
                times.add(seconds(System.nanoTime() - start));
                log("markdownlint-cli2 run %d: %.2f s (exit %d)", i + 1, times.get(times.size() - 1), rc);
            }
            long problems;
            try (Stream<String> lines = Files.lines(log)) {
                problems = lines.filter(line -> line.matches(".*\\.md:\\d+.*MD\\d{3}.*")).count();
            }
            double median = median(times);
            figures.put("markdownlint-cli2 (MD001/024/025/040/042/051, median of 3)",
                    String.format(Locale.ROOT, "%.2f s (%d problems; %s)", median, problems, tool));
        } finally {
            Files.deleteIfExists(config);
            Files.deleteIfExists(log);
        }
    }

    private static String onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Paths.get(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------- generation

    /**
     * Writes {@code count} series made from the example series: folder {@code networking} becomes
     * {@code networkingNNNN} everywhere (front matter, rubric, matrix), and each series gets chapters 04..C made
     * from chapters 01 and 03, listed in its readme, rubric scope and coverage matrix. Returns the bytes written.
     */
    static long generate(Path examples, Path target, int count, int chapters, int padKb, int defects)
            throws IOException {
        Path source = examples.resolve(SOURCE_SERIES);
        if (!Files.isDirectory(source)) {
            throw new IllegalArgumentException("no example series at " + source + " (run from the repository root "
                    + "or give --examples)");
        }
        deleteTree(target);
        Files.createDirectories(target);
        String readme = read(source, "readme.md");
        String rubric = read(source, "quality_rubric.md");
        String matrix = read(source, "coverage_matrix.md");
        String[] base = {read(source, "basics/01_ip_addressing.md"), read(source, "basics/02_dns_lookup.md"),
                read(source, "transport/03_tcp_handshake.md")};
        String[] basePaths = {"basics/01_ip_addressing.md", "basics/02_dns_lookup.md", "transport/03_tcp_handshake.md"};

        StringBuilder readmeChapters = new StringBuilder();
        StringBuilder scope = new StringBuilder();
        StringBuilder rows = new StringBuilder();
        StringBuilder batch = new StringBuilder();
        StringBuilder recommended = new StringBuilder();
        List<String[]> extra = new ArrayList<>(); // path, text
        for (int n = 4; n <= chapters; n++) {
            boolean transport = n % 2 == 1;
            String num = String.format(Locale.ROOT, "%02d", n);
            String text = transport ? base[2] : base[0];
            String path;
            if (transport) {
                path = "transport/" + num + "_tcp_handshake_" + num + ".md";
                text = text.replace("title: \"TCP Handshake / TCP 握手\"", "title: \"TCP Handshake " + num + " / TCP 握手 " + num + "\"")
                        .replace("# TCP Handshake / TCP 握手", "# TCP Handshake " + num + " / TCP 握手 " + num)
                        .replace("tcp-handshake]", "tcp-handshake-" + num + "]");
            } else {
                path = "basics/" + num + "_ip_addressing_" + num + ".md";
                text = text.replace("title: \"IP Addressing / IP 位址\"", "title: \"IP Addressing " + num + " / IP 位址 " + num + "\"")
                        .replace("# IP Addressing / IP 位址", "# IP Addressing " + num + " / IP 位址 " + num)
                        .replace("ip-addressing]", "ip-addressing-" + num + "]");
            }
            text = text.replaceFirst("chapter: \"0[13]\"", "chapter: \"" + num + "\"");
            String stem = path.substring(path.indexOf('/') + 1, path.length() - 3);
            extra.add(new String[] {path, text});
            readmeChapters.append("- [").append(stem).append("](").append(path).append(") - 推薦 - 20 min\n");
            scope.append("- `").append(path).append("`\n");
            rows.append("| Practice | Topic ").append(num).append(" | `").append(path).append("` | Done |\n");
            batch.append(batch.length() == 0 ? "" : ", ").append('`').append(num).append('`');
            recommended.append(", `").append(num).append('`');
        }
        if (!extra.isEmpty()) {
            readme = readme.replace("(2 batches)", "(3 batches)")
                    .replace("- Batch 2: `03` (transport)\n", "- Batch 2: `03` (transport)\n- Batch 3: " + batch + " (practice)\n")
                    .replace("- Recommended (`推薦`): `02`", "- Recommended (`推薦`): `02`" + recommended)
                    .replace("- [03_tcp_handshake](transport/03_tcp_handshake.md) - 必讀 - 35 min\n",
                            "- [03_tcp_handshake](transport/03_tcp_handshake.md) - 必讀 - 35 min\n" + readmeChapters);
            rubric = rubric.replace("- `transport/03_tcp_handshake.md`\n", "- `transport/03_tcp_handshake.md`\n" + scope);
            matrix = matrix.replace("| `transport/03_tcp_handshake.md` | Done |\n",
                    "| `transport/03_tcp_handshake.md` | Done |\n" + rows);
        }
        long bytes = 0;
        Random random = new Random(42);
        for (int s = 1; s <= count; s++) {
            String name = String.format(Locale.ROOT, "%s%04d", SOURCE_SERIES, s);
            Path dir = target.resolve(name);
            bytes += write(dir.resolve("readme.md"), rename(readme, name));
            bytes += write(dir.resolve("quality_rubric.md"), rename(rubric, name));
            bytes += write(dir.resolve("coverage_matrix.md"), rename(matrix, name));
            for (int i = 0; i < base.length; i++) {
                String text = rename(base[i], name);
                if (defects > 0 && s % defects == 0 && i == 1) {
                    text = text + DEFECTS;
                }
                bytes += write(dir.resolve(basePaths[i]), pad(text, padKb, random));
            }
            for (String[] chapter : extra) {
                bytes += write(dir.resolve(chapter[0]), pad(rename(chapter[1], name), padKb, random));
            }
        }
        return bytes;
    }

    /**
     * Defects appended to chapter 02 of every n-th series ({@code --defects n}), so that the report has findings
     * to compare and markdownlint's rules (MD001, MD024, MD025, MD040, MD042, MD051) have something to find.
     */
    private static final String DEFECTS = """

            ## Pitfalls / 常見陷阱

            #### Skipped a level

            # A second title

            ```
            dig example.com
            ```

            - [an empty link]()
            - [a missing anchor](#no-such-heading)
            - [a missing note](99_missing_note.md)
            """;

    /** The series name in front matter, tags and rubric ({@code domain}, {@code series}, {@code 固定為}). */
    private static String rename(String text, String name) {
        return text.replace(SOURCE_SERIES, name);
    }

    private static final String[] WORDS = {"packet", "route", "buffer", "window", "segment", "latency", "header",
            "socket", "timeout", "retry", "queue", "frame", "checksum", "handshake", "resolver", "cache", "peer",
            "gateway", "prefix", "session", "stream", "port", "payload", "client", "server", "link", "hop", "budget"};

    /**
     * Pads a chapter to about {@code kb} KB with synthetic prose, lists and a table, in a section after the
     * chapter's own ones, so that the rubric's sections stay as they are.
     */
    private static String pad(String text, int kb, Random random) {
        if (kb <= 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        out.append("\n## Field Notes\n\n");
        int paragraph = 0;
        while (out.length() < kb * 1024) {
            paragraph++;
            if (paragraph % 5 == 0) {
                out.append("| Step | Observation | Budget |\n|---|---|---|\n");
                for (int r = 0; r < 4; r++) {
                    out.append("| ").append(r + 1).append(" | ").append(sentence(random, 6)).append(" | `")
                            .append(random.nextInt(900) + 100).append(" ms` |\n");
                }
                out.append('\n');
            } else if (paragraph % 3 == 0) {
                for (int r = 0; r < 4; r++) {
                    out.append("- **").append(WORDS[random.nextInt(WORDS.length)]).append("**: ")
                            .append(sentence(random, 10)).append('\n');
                }
                out.append('\n');
            } else {
                for (int r = 0; r < 4; r++) {
                    out.append(sentence(random, 14)).append(' ');
                }
                out.append("\n\n");
            }
        }
        return out.toString();
    }

    private static String sentence(Random random, int words) {
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            if (i == 0) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            } else if (random.nextInt(9) == 0) {
                word = "`" + word + "`";
            } else if (random.nextInt(13) == 0) {
                word = "*" + word + "*";
            }
            sentence.append(i == 0 ? "" : " ").append(word);
        }
        return sentence.append('.').toString();
    }

    private static String read(Path dir, String file) throws IOException {
        return Files.readString(dir.resolve(file));
    }

    private static long write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        return bytes.length;
    }

    static void copyTimes(Path tree, Path target, int times) throws IOException {
        deleteTree(target);
        for (int i = 1; i <= times; i++) {
            Path copy = target.resolve(String.format(Locale.ROOT, "copy_%04d", i));
            try (Stream<Path> walk = Files.walk(tree)) {
                for (Path file : (Iterable<Path>) walk::iterator) {
                    Path relative = tree.relativize(file);
                    if (relative.toString().startsWith(".git")) {
                        continue;
                    }
                    Path to = copy.resolve(relative.toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(to);
                    } else if (Files.isRegularFile(file)) {
                        Files.createDirectories(to.getParent());
                        Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Markdown files as the plugin sees them: hidden folders, target and node_modules skipped. */
    static List<Path> markdownFiles(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                if (!dir.equals(root) && (name.startsWith(".") || name.equals("target") || name.equals("node_modules"))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md")) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.naturalOrder());
        return files;
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private void machine() {
        String cpu = "unknown";
        try (Stream<String> lines = Files.lines(Paths.get("/proc/cpuinfo"))) {
            cpu = lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse(cpu);
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        figures.put("cpu", cpu);
        figures.put("cores (availableProcessors)", String.valueOf(Runtime.getRuntime().availableProcessors()));
        figures.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        figures.put("max heap", mb(Runtime.getRuntime().maxMemory()));
    }

    private void writeFigures() throws IOException {
        StringBuilder table = new StringBuilder("| Figure | Value |\n|---|---|\n");
        figures.forEach((k, v) -> table.append("| ").append(k).append(" | ").append(v.replace("|", "\\|")).append(" |\n"));
        System.out.println();
        System.out.print(table);
        Files.createDirectories(results);
        Path file = results.resolve(memory ? "results-memory.md" : "results.md");
        Files.writeString(file, table.toString());
        log("figures: %s", file);
    }

    private static int exec(Path dir, String... command) throws IOException, InterruptedException {
        return exec(dir, Arrays.asList(command));
    }

    private static int exec(Path dir, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        if (dir != null) {
            builder.directory(dir.toFile());
        }
        Process process = builder.start();
        if (!process.waitFor(30, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        return process.exitValue();
    }

    /** Runs a command with its output appended to {@code log}. */
    private static int execLogged(Path dir, List<String> command, Path log) throws IOException, InterruptedException {
        return execLogged(dir, command, log, Map.of());
    }

    private static int execLogged(Path dir, List<String> command, Path log, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(30, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        return process.exitValue();
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    static void log(String format, Object... args) {
        System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
    }
}
