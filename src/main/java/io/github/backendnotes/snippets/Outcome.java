package io.github.backendnotes.snippets;

/**
 * What became of a program: compiled and run, or why not.
 *
 * @param status   how far it got
 * @param detail   the compiler's first error, the first lines of standard error, or why it was not run
 * @param line     the 0-based line of the code the compiler's error names; -1 when it names none
 * @param column   the 1-based column of that error; 0 when unknown
 * @param exitCode the program's exit status; -1 when it was stopped or did not run
 * @param stdout   what it wrote to standard output (up to the cap)
 * @param cached   the outcome was taken from the cache, not run again
 */
public record Outcome(Status status, String detail, int line, int column, int exitCode, String stdout, boolean cached) {

    /** How far a program got. */
    public enum Status {
        /** It compiled and ran to a zero exit status (or, tagged no_run, compiled). */
        RAN,
        COMPILE_ERROR,
        RUNTIME_ERROR,
        TIMEOUT,
        /** It was not compiled: no toolchain, one too old, or packages it cannot have. */
        NOT_RUN
    }

    public static Outcome notRun(String why) {
        return new Outcome(Status.NOT_RUN, why, -1, 0, -1, "", false);
    }

    Outcome fromCache() {
        return new Outcome(status, detail, line, column, exitCode, stdout, true);
    }
}
