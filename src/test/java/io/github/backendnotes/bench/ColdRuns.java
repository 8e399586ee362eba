package io.github.backendnotes.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The cold, end-to-end protocol: each round starts a fresh JVM for the parse-only pass ({@code Benchmark
 * --parse-once}) and a fresh {@code mvn backend-notes:verify}, alternating, as a user runs the goal once. Each
 * command runs under {@code /usr/bin/time} when it exists, which gives its CPU time; without it only the times are
 * reported. Its peak resident set is the largest sum, sampled every 20 ms from {@code /proc}, of the resident sets
 * of the command and all its descendants: Maven's JVM and the JVM the goal forks count together. One pair is run
 * first and discarded, so that both read the vault from the page cache.
 */
final class ColdRuns {

    private static final Path TIME = Paths.get("/usr/bin/time");

    /** One command's wall time, CPU time (user + system) and peak RSS; the last two 0 when not measured. */
    record Run(double seconds, double cpu, long peakKb) {
    }

    private final Path vault;
    private final Path results;
    private final int threads;
    private final List<String> mavenArgs;
    private final List<String> jvmOptions;

    /**
     * @param mavenArgs  given to every {@code mvn} call before the goal (a settings file, {@code -o}, a local
     *                   repository), split at spaces
     * @param jvmOptions given to both sides, so that they are compared under the same options: the parse-only
     *                   JVM's command line and, as {@code MAVEN_OPTS} and {@code forkJvmArgs}, Maven's and the
     *                   forked check's; null or blank for the defaults
     */
    ColdRuns(Path vault, Path results, int threads, String mavenArgs, String jvmOptions) {
        this.vault = vault.toAbsolutePath();
        this.results = results.toAbsolutePath();
        this.threads = threads;
        this.mavenArgs = words(mavenArgs);
        this.jvmOptions = words(jvmOptions);
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.trim().split("\\s+"));
    }

    /** Runs one discarded pair, then {@code rounds} pairs; puts the medians into {@code figures}. */
    void run(int rounds, Map<String, String> figures) throws IOException, InterruptedException {
        Path scratch = results.resolve("cold-scratch");
        Files.createDirectories(scratch);
        List<Run> parses = new ArrayList<>();
        List<Run> verifies = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        // CPU time moves less than wall time when others share the machine
        List<Double> cpuRatios = new ArrayList<>();
        for (int round = 0; round <= rounds; round++) {
            Run parse = timed(scratch, parseOnlyCommand(), "cold-parse-only.log");
            Run verify = timed(scratch, verifyCommand(), "cold-verify.log");
            Benchmark.log("cold %s: parse-only %.2f s (CPU %.2f s), %s; verify %.2f s (CPU %.2f s), %s; ratio %.2f",
                    round == 0 ? "warm-up" : "round " + round, parse.seconds(), parse.cpu(), rss(parse.peakKb()),
                    verify.seconds(), verify.cpu(), rss(verify.peakKb()), verify.seconds() / parse.seconds());
            if (round > 0) {
                parses.add(parse);
                verifies.add(verify);
                ratios.add(verify.seconds() / parse.seconds());
                cpuRatios.add(verify.cpu() / Math.max(0.01, parse.cpu()));
            }
        }
        double ratio = Benchmark.median(ratios);
        figures.put("cold parse-only, fresh JVM (median of " + rounds + ")", summary(parses));
        figures.put("cold mvn backend-notes:verify (median of " + rounds + ")", summary(verifies));
        figures.put("cold verify / parse-only (median of the rounds' ratios)",
                String.format(Locale.ROOT, "%.2f (target <= 1.5: %s)", ratio, ratio <= 1.5 ? "met" : "NOT met"));
        if (medianKb(parses) > 0) {
            figures.put("cold CPU verify / parse-only (median of the rounds' ratios)",
                    String.format(Locale.ROOT, "%.2f", Benchmark.median(cpuRatios)));
        }
        double rssRatio = medianKb(verifies) / Math.max(1.0, medianKb(parses));
        if (medianKb(parses) > 0) {
            figures.put("cold peak RSS verify / parse-only (medians)", String.format(Locale.ROOT,
                    "%.2f (target <= 1.5: %s)", rssRatio, rssRatio <= 1.5 ? "met" : "NOT met"));
        }
        Benchmark.log("cold: parse-only %s; verify %s; ratio %.2f; report: %s", summary(parses), summary(verifies),
                ratio, results.resolve("cold-report/report.json"));
    }

    private List<String> parseOnlyCommand() {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        // absolute: the command runs in the scratch folder
        command.add(Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Paths.get(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator)));
        command.add(Benchmark.class.getName());
        command.addAll(List.of("--parse-once", "--out", vault.toString(), "--threads", String.valueOf(threads)));
        return command;
    }

    /** From a scratch folder without a pom.xml, as a user runs it in a vault; failures do not fail the build. */
    private List<String> verifyCommand() {
        List<String> command = new ArrayList<>();
        command.add(Benchmark.mvnCommand());
        command.addAll(List.of("-B", "-q"));
        command.addAll(mavenArgs);
        command.addAll(List.of(Benchmark.PLUGIN_VERIFY, "-Dbackend-notes.notesDirectory=" + vault,
                "-Dbackend-notes.outputDirectory=" + results.resolve("cold-report"),
                "-Dbackend-notes.failOnViolation=false"));
        if (!jvmOptions.isEmpty()) {
            // MAVEN_OPTS does not reach the JVM the goal forks
            command.add("-Dbackend-notes.forkJvmArgs=" + String.join(" ", jvmOptions));
        }
        return command;
    }

    /** Runs a command, its output appended to {@code log} in the results folder; fails when the command does. */
    private Run timed(Path dir, List<String> command, String log) throws IOException, InterruptedException {
        Path measured = results.resolve("cold-time.txt");
        List<String> full = new ArrayList<>();
        boolean rss = Files.isExecutable(TIME);
        if (rss) {
            full.addAll(List.of(TIME.toString(), "-f", "%M %U %S", "-o", measured.toString()));
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(results.resolve(log).toFile()));
        if (!jvmOptions.isEmpty()) {
            builder.environment().put("MAVEN_OPTS", String.join(" ", jvmOptions));
        }
        long start = System.nanoTime();
        Process process = builder.start();
        TreeRss rssOfTree = new TreeRss(process.toHandle());
        boolean ended;
        try {
            ended = process.waitFor(30, TimeUnit.MINUTES);
        } finally {
            rssOfTree.stop();
        }
        if (!ended) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (process.exitValue() != 0) {
            throw new IllegalStateException("failed (" + process.exitValue() + "), see " + results.resolve(log)
                    + ": " + command);
        }
        if (!rss) {
            return new Run(seconds, 0, 0);
        }
        // the last line of /usr/bin/time's output: peak RSS in KB, user and system seconds
        List<String> lines = Files.readAllLines(measured);
        String[] figures = lines.get(lines.size() - 1).trim().split(" ");
        // time's own figure is the largest single process: with a forked JVM the sum is the larger
        return new Run(seconds, Double.parseDouble(figures[1]) + Double.parseDouble(figures[2]),
                Math.max(Long.parseLong(figures[0]), rssOfTree.peakKb()));
    }

    /** The largest sum of the resident sets of a process and its descendants, sampled while it runs. */
    static final class TreeRss {
        private final Thread sampler;
        private volatile boolean running = true;
        private volatile long peakKb;

        TreeRss(ProcessHandle root) {
            sampler = new Thread(() -> {
                while (running && root.isAlive()) {
                    long kb = rssKb(root) + root.descendants().mapToLong(TreeRss::rssKb).sum();
                    peakKb = Math.max(peakKb, kb);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "tree-rss");
            sampler.setDaemon(true);
            sampler.start();
        }

        void stop() throws InterruptedException {
            running = false;
            sampler.join();
        }

        long peakKb() {
            return peakKb;
        }

        /** VmRSS of /proc/PID/status; 0 where there is no /proc or the process is gone. */
        static long rssKb(ProcessHandle process) {
            try {
                for (String line : Files.readAllLines(Paths.get("/proc", String.valueOf(process.pid()), "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.substring(6).trim().split("\\s+")[0]);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // gone between the listing and the read
            }
            return 0;
        }
    }

    private static String summary(List<Run> runs) {
        double seconds = Benchmark.median(runs.stream().map(Run::seconds).toList());
        double cpu = Benchmark.median(runs.stream().map(Run::cpu).toList());
        return String.format(Locale.ROOT, "%.2f s (CPU %.2f s), %s", seconds, cpu, rss((long) medianKb(runs)));
    }

    private static double medianKb(List<Run> runs) {
        return Benchmark.median(runs.stream().map(run -> (double) run.peakKb()).toList());
    }

    private static String rss(long kb) {
        return kb == 0 ? "peak RSS not measured" : String.format(Locale.ROOT, "peak RSS %.0f MB", kb / 1024.0);
    }
}
