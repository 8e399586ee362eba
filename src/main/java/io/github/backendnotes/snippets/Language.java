package io.github.backendnotes.snippets;

/** The languages whose programs are compiled and run, with the toolchain command that does it. */
public enum Language {
    RUST("rustc"),
    GO("go");

    private final String command;

    Language(String command) {
        this.command = command;
    }

    /** The executable looked for on the PATH. */
    public String command() {
        return command;
    }
}
