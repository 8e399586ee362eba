package io.github.backendnotes.gate;

/**
 * How a goal ended, as the build sees it.
 *
 * @param kind    passed, failed (the notes or the inputs are wrong: the build fails) or broken (the goal could not
 *                do its work: the build errs)
 * @param message what the build says when it does not pass; empty when it passes
 * @param cause   what broke it, when known in this JVM; null otherwise
 */
public record Verdict(Kind kind, String message, Throwable cause) {

    public static final Verdict PASSED = new Verdict(Kind.PASSED, "", null);

    public enum Kind { PASSED, FAILED, BROKEN }

    public Verdict {
        message = message == null ? "" : message;
    }

    static Verdict failed(String message) {
        return new Verdict(Kind.FAILED, message, null);
    }

    static Verdict broken(String message, Throwable cause) {
        return new Verdict(Kind.BROKEN, message, cause);
    }
}
