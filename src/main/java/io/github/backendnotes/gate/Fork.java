package io.github.backendnotes.gate;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs the {@code verify} gate in a JVM of its own ({@link ForkedVerify}) and relays its console lines to the
 * goal's log. Maven's JVM keeps the compiler and the collector it was started with, which suit a long build; a
 * check is one short batch run, for which a JVM started with other options (by default C1 alone and the parallel
 * collector with a young generation of at most 128 MB) takes less time and far less memory.
 */
public final class Fork {

    /**
     * The options the forked JVM gets unless told otherwise. The young generation is bounded because the parallel
     * collector would otherwise grow it to gigabytes on a large vault; the serial collector, which needs no bound,
     * paused both workers for twice as long. Strings stay UTF-16 because C1 compiles no intrinsic for what compact
     * strings cost: a Latin-1 test on every {@code charAt}, and an attempt to compress every string made from chars,
     * which fails on every line of CJK text.
     */
    public static final String DEFAULT_JVM_ARGS =
            "-XX:+UseParallelGC -XX:MaxNewSize=128m -XX:TieredStopAtLevel=1 -XX:-CompactStrings";

    /** What every message of a fork that failed ends with: the way around it. */
    public static final String WAY_AROUND = "; -Dbackend-notes.fork=false checks in Maven's own JVM";

    /** How many of the forked JVM's last error lines a broken run quotes. */
    private static final int TAIL = 10;

    private final List<String> jvmArgs;
    private final List<Path> classPath;

    /**
     * @param jvmArgs   the forked JVM's options, split at white space
     * @param classPath the plugin's classes and libraries
     */
    public Fork(String jvmArgs, List<Path> classPath) {
        this.jvmArgs = options(jvmArgs);
        this.classPath = List.copyOf(classPath);
    }

    /** The {@code forkJvmArgs} parameter's options: split at white space, none when blank. */
    public static List<String> options(String jvmArgs) {
        return jvmArgs == null || jvmArgs.isBlank() ? List.of() : List.of(jvmArgs.trim().split("\\s+"));
    }

    /** The command that starts the gate on the arguments in {@code argsFile}. */
    List<String> command(Path argsFile) {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(classPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        command.add(ForkedVerify.class.getName());
        command.add(argsFile.toString());
        return command;
    }

    /** Runs the gate in a forked JVM in the current directory; its lines go to {@code log} as they come. */
    public Verdict verify(VerifyArgs args, GoalLog log) {
        Path argsFile = null;
        Process process = null;
        try {
            argsFile = Files.createTempFile("backend-notes-verify", ".properties");
            args.write(argsFile);
            List<String> command = command(argsFile);
            process = new ProcessBuilder(command).directory(new File(System.getProperty("user.dir"))).start();
            // held open and never written: the forked JVM stops when it closes
            OutputStream keepAlive = process.getOutputStream();
            Deque<String> tail = new ArrayDeque<>();
            Thread errors = relayErrors(process.getErrorStream(), log, tail);
            // A JVM waits up to 300 ms on exit for a thread blocked in a native read, as the forked JVM's watch on
            // this pipe is: closed once the verdict is in, the forked JVM ends at once instead
            Verdict verdict = relay(process.getInputStream(), log, () -> close(keepAlive));
            int exit = process.waitFor();
            errors.join();
            keepAlive.close();
            if (verdict != null) {
                return verdict;
            }
            String lastLines;
            synchronized (tail) {
                lastLines = tail.isEmpty() ? "" : ": " + String.join(" | ", tail);
            }
            String options = jvmArgs.isEmpty() ? "" : " (" + String.join(" ", jvmArgs) + ")";
            return Verdict.broken("backend-notes: the forked JVM" + options + " ended with exit code " + exit
                    + " before the check finished" + lastLines + WAY_AROUND, null);
        } catch (IOException e) {
            return Verdict.broken("backend-notes: cannot run the check in a forked JVM: " + e.getMessage()
                    + WAY_AROUND, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Verdict.broken("backend-notes: interrupted while the forked JVM checked the notes", e);
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
            if (argsFile != null) {
                try {
                    Files.deleteIfExists(argsFile);
                } catch (IOException e) {
                    // a temporary file left behind does no harm
                }
            }
        }
    }

    /**
     * Relays the tagged lines to the log until the stream ends; {@code atVerdict} runs as the verdict line comes.
     *
     * @return the gate's verdict, or null when the JVM ended without one
     */
    static Verdict relay(InputStream stdout, GoalLog log, Runnable atVerdict) throws IOException {
        Verdict verdict = null;
        BufferedReader in = new BufferedReader(new InputStreamReader(stdout, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            GoalLog.Level level = line.isEmpty() ? null : GoalLog.Level.tagged(line.charAt(0));
            if (level != null) {
                log.say(level, line.substring(1));
            } else if (line.startsWith(String.valueOf(ForkedVerify.VERDICT))) {
                verdict = verdict(line.substring(1));
                atVerdict.run();
            } else {
                log.say(GoalLog.Level.INFO, line);
            }
        }
        return verdict;
    }

    private static void close(OutputStream pipe) {
        try {
            pipe.close();
        } catch (IOException e) {
            // the forked JVM is gone already
        }
    }

    private static Verdict verdict(String text) {
        int space = text.indexOf(' ');
        String kind = space < 0 ? text : text.substring(0, space);
        String message = space < 0 ? "" : ForkedVerify.unescape(text.substring(space + 1));
        try {
            return new Verdict(Verdict.Kind.valueOf(kind), message, null);
        } catch (IllegalArgumentException e) {
            return Verdict.broken("backend-notes: the forked JVM ended with a verdict this goal does not know: "
                    + text, null);
        }
    }

    /** What the forked JVM says on its error stream (the JVM's own warnings, a crash) is relayed as warnings. */
    private static Thread relayErrors(InputStream stderr, GoalLog log, Deque<String> tail) {
        Thread thread = new Thread(() -> {
            try {
                BufferedReader in = new BufferedReader(new InputStreamReader(stderr, StandardCharsets.UTF_8));
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    log.say(GoalLog.Level.WARNING, line);
                    synchronized (tail) {
                        tail.addLast(line);
                        if (tail.size() > TAIL) {
                            tail.removeFirst();
                        }
                    }
                }
            } catch (IOException e) {
                // the process is gone; its exit code tells the rest
            }
        }, "backend-notes-fork-stderr");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
