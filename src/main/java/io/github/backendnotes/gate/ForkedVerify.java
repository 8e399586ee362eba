package io.github.backendnotes.gate;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.regex.Pattern;

/**
 * The {@code verify} gate in a JVM of its own: {@code java -cp <the plugin's class path> ForkedVerify <args file>}.
 * Its console lines go to standard output, one per line, each led by the tag of its level ({@link GoalLog.Level}),
 * which the goal in Maven's JVM reads back; the last line, led by {@link #VERDICT}, says how the gate ended. It
 * stops when its standard input closes: the goal that started it is gone.
 */
public final class ForkedVerify {

    static final char VERDICT = '=';

    /** Whether the verdict line is out. */
    private static volatile boolean said;

    private ForkedVerify() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        // a stray print to System.out would be read as a tagged line
        System.setOut(System.err);
        watchParent();
        Verdict verdict;
        try {
            VerifyArgs given = VerifyArgs.read(Paths.get(args[0]));
            verdict = Verification.run(given.request(), given.snippets(), given.settings(), new TaggedLog(out));
        } catch (IOException | RuntimeException | Error e) {
            e.printStackTrace();
            verdict = Verdict.broken("backend-notes: the check stopped in its forked JVM: " + e, e);
        }
        // before the line goes out: the goal closes the pipe as soon as it reads it
        said = true;
        out.println(VERDICT + verdict.kind().name() + " " + escape(verdict.message()));
        out.flush();
        // the engine's pools are done; exit does not wait for a thread some toolchain call may have left
        System.exit(0);
    }

    /** Ends this JVM when the goal's JVM closes the pipe to it, so that a cancelled build leaves no check running. */
    private static void watchParent() {
        // the goal closes the pipe as the verdict comes, too: then this JVM was ending anyway
        watch(System.in, () -> Runtime.getRuntime().halt(said ? 0 : 3));
    }

    /** Runs {@code onClosed} on a daemon thread once {@code in} ends or breaks; nothing is ever written to it. */
    static Thread watch(InputStream in, Runnable onClosed) {
        Thread watcher = new Thread(() -> {
            try {
                while (in.read() >= 0) {
                    // the goal writes nothing; it only holds the pipe open
                }
            } catch (IOException e) {
                // a broken pipe is a closed one
            }
            onClosed.run();
        }, "backend-notes-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
        return watcher;
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                plain.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }

    /** Each line of a message under the tag of its level. */
    private record TaggedLog(PrintStream out) implements GoalLog {

        private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

        @Override
        public void say(Level level, String text) {
            synchronized (out) {
                // most messages are one line: no regular expression for them
                if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
                    out.println(level.tag() + text);
                    return;
                }
                for (String line : LINE_BREAK.split(text, -1)) {
                    out.println(level.tag() + line);
                }
            }
        }
    }
}
