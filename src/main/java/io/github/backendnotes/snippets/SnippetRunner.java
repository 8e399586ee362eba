package io.github.backendnotes.snippets;

import io.github.backendnotes.model.SnippetSettings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Compiles and runs programs, as many at once as it has threads, each in a scratch folder of its own under the work
 * folder ({@code build/<key>}, removed once the program has run), with the outcome kept in the cache
 * ({@code cache/}). A program not run says why: no toolchain on the PATH, one older than the rubric asks for, or
 * packages it cannot have.
 */
public final class SnippetRunner {

    /** How long compiling one program may take. */
    static final long COMPILE_TIMEOUT_MILLIS = 120_000;
    /** What compiling may print; the first error is near the top. */
    static final int COMPILER_OUTPUT_CAP = 256 * 1024;
    private static final Map<String, int[]> EDITION_SINCE = Map.of("2015", new int[] {1, 0}, "2018", new int[] {1, 31},
            "2021", new int[] {1, 56}, "2024", new int[] {1, 85});

    private final Path work;
    private final SnippetSettings settings;
    private final int threads;
    private final ResultCache cache;
    private final Map<Language, Optional<Toolchain>> toolchains = new EnumMap<>(Language.class);
    private final CrateWorkspace crates;
    private final java.util.concurrent.atomic.AtomicInteger builds = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * @param work  the scratch folder, outside the notes tree
     * @param path  the PATH the toolchains are looked for on
     * @param root  the notes root, against which a dependency's relative path is resolved
     */
    public SnippetRunner(Path work, SnippetSettings settings, String path, Path root, int threads) {
        this.work = work;
        this.settings = settings;
        this.threads = Math.max(1, threads);
        this.cache = new ResultCache(work.resolve("cache"));
        for (Language language : Language.values()) {
            toolchains.put(language, Toolchain.find(language.command(), path));
        }
        this.crates = new CrateWorkspace(work.resolve("crates"), settings, path, root);
    }

    /** The outcome of every program, in their order. */
    public Map<Program, Outcome> run(List<Program> programs) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "backend-notes-snippet");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Outcome>> pending = new ArrayList<>();
            programs.forEach(program -> pending.add(pool.submit(() -> outcome(program))));
            Map<Program, Outcome> outcomes = new LinkedHashMap<>();
            for (int i = 0; i < programs.size(); i++) {
                outcomes.put(programs.get(i), await(pending.get(i)));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome await(Future<Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.notRun("the run was interrupted");
        } catch (ExecutionException e) {
            return Outcome.notRun("the program could not be built: " + e.getCause());
        }
    }

    /** One program's outcome, from the cache when it is there. */
    Outcome outcome(Program program) {
        Optional<Toolchain> toolchain = toolchains.get(program.language());
        if (toolchain.isEmpty()) {
            return Outcome.notRun("no " + program.language().command() + " on the PATH");
        }
        Plan plan = plan(program, toolchain.get());
        if (plan.notRun() != null) {
            return plan.notRun();
        }
        Build how = plan.build();
        String key = ResultCache.key(program.language().name(), toolchain.get().version(), how.options(),
                String.valueOf(program.compileOnly()), String.valueOf(settings.timeoutSeconds()),
                String.valueOf(settings.maxOutputBytes()), program.code());
        Optional<Outcome> known = cache.get(key);
        if (known.isPresent()) {
            return known.get();
        }
        // a folder of its own even for the same program twice in the vault, built at the same time
        Outcome outcome = compileAndRun(program, how, work.resolve("build").resolve(key + "-" + builds.incrementAndGet()));
        cache.put(key, outcome);
        return outcome;
    }

    /** How a program is compiled, or (with a null build) the outcome that says why it is not. */
    private record Plan(Build build, Outcome notRun) {
        static Plan of(Build build) {
            return new Plan(build, null);
        }

        static Plan not(String why) {
            return new Plan(null, Outcome.notRun(why));
        }
    }

    private Plan plan(Program program, Toolchain toolchain) {
        if (program.language() == Language.GO) {
            if (!program.external().isEmpty()) {
                return Plan.not("needs the modules " + String.join(", ", program.external())
                        + ", outside Go's standard library; modules are not fetched");
            }
            if (toolchain.olderThan(program.rubric().goMinimum())) {
                return Plan.not(toolchain.shortName() + " on the PATH is older than Go "
                        + program.rubric().goMinimumText() + ", which the rubric asks for");
            }
            String module = program.rubric().goMinimum() != null ? program.rubric().goMinimumText()
                    : toolchain.major() + "." + toolchain.minor();
            return Plan.of(Build.go(toolchain, module, settings.allowDownloads(), work.resolve("go-cache")));
        }
        String edition = settings.rustEdition() != null ? settings.rustEdition()
                : program.rubric().rustEdition() != null ? program.rubric().rustEdition() : "2021";
        if (toolchain.olderThan(EDITION_SINCE.get(edition))) {
            return Plan.not(toolchain.shortName() + " on the PATH does not know the Rust " + edition + " edition");
        }
        if (program.external().isEmpty()) {
            return Plan.of(Build.rust(toolchain, edition, List.of(), "std only"));
        }
        List<String> undeclared = crates.undeclared(program.external());
        if (!undeclared.isEmpty()) {
            return Plan.not("needs the crates " + String.join(", ", undeclared)
                    + ", which snippets.rust.dependencies does not declare");
        }
        CrateWorkspace.Built built = crates.build(edition);
        if (built.problem() != null) {
            return Plan.not("needs the crates " + String.join(", ", program.external())
                    + ", and the dependencies of snippets.rust.dependencies did not build: " + built.problem());
        }
        return Plan.of(Build.rust(toolchain, edition, built.arguments(), crates.signature()));
    }

    private Outcome compileAndRun(Program program, Build build, Path dir) {
        try {
            build.write(dir, program.code());
            ProcessRunner.Result compiled = ProcessRunner.run(build.compileCommand(), dir, build.environment(),
                    COMPILE_TIMEOUT_MILLIS, COMPILER_OUTPUT_CAP);
            if (compiled.timedOut()) {
                return new Outcome(Outcome.Status.TIMEOUT, "compiling took longer than "
                        + COMPILE_TIMEOUT_MILLIS / 1000 + " s", -1, 0, -1, "", false);
            }
            if (compiled.exitCode() != 0) {
                return build.compileError(compiled.stderr() + "\n" + compiled.stdout());
            }
            if (program.compileOnly()) {
                return new Outcome(Outcome.Status.RAN, "", -1, 0, 0, "", false);
            }
            return ran(ProcessRunner.run(List.of(dir.resolve("program").toString()), dir, Map.of("RUST_BACKTRACE", "0"),
                    settings.timeoutSeconds() * 1000L, settings.maxOutputBytes()));
        } catch (IOException e) {
            return Outcome.notRun("the program could not be built: " + e.getMessage());
        } finally {
            ScratchFolders.delete(dir);
        }
    }

    private Outcome ran(ProcessRunner.Result run) {
        if (run.timedOut()) {
            return new Outcome(Outcome.Status.TIMEOUT, "ran longer than " + settings.timeoutSeconds() + " s and was stopped",
                    -1, 0, -1, run.stdout(), false);
        }
        if (run.overflowed()) {
            return new Outcome(Outcome.Status.RUNTIME_ERROR, "wrote more than " + settings.maxOutputBytes()
                    + " bytes to standard output and was stopped", -1, 0, -1, run.stdout(), false);
        }
        if (run.exitCode() != 0) {
            return new Outcome(Outcome.Status.RUNTIME_ERROR, stderrHead(run.stderr()), -1, 0, run.exitCode(),
                    run.stdout(), false);
        }
        return new Outcome(Outcome.Status.RAN, "", -1, 0, 0, run.stdout(), false);
    }

    /** The first lines of standard error, joined: enough to see a panic's message. */
    static String stderrHead(String stderr) {
        List<String> lines = stderr.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(3).toList();
        String head = String.join(" | ", lines);
        return head.length() > 400 ? head.substring(0, 397) + "..." : head;
    }
}
