package io.github.backendnotes.gate;

/** Where a goal's console lines go: Maven's log in Maven's JVM, tagged lines on standard output in a forked one. */
@FunctionalInterface
public interface GoalLog {

    /** A line's level, and the tag that leads it on a forked JVM's standard output. */
    enum Level {
        ERROR('E'), WARNING('W'), INFO('I'),
        /** Standard output as it is, outside the log: GitHub's workflow commands must start their line. */
        RAW('O');

        private final char tag;

        Level(char tag) {
            this.tag = tag;
        }

        char tag() {
            return tag;
        }

        /** The level a tag stands for; null for none. */
        static Level tagged(char tag) {
            for (Level level : values()) {
                if (level.tag == tag) {
                    return level;
                }
            }
            return null;
        }
    }

    void say(Level level, String line);
}
