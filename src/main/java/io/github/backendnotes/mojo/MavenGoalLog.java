package io.github.backendnotes.mojo;

import io.github.backendnotes.gate.GoalLog;
import org.apache.maven.plugin.logging.Log;

/** A goal's console lines in Maven's log; raw lines on standard output, where GitHub reads workflow commands. */
record MavenGoalLog(Log log) implements GoalLog {

    @Override
    public void say(Level level, String line) {
        switch (level) {
            case ERROR -> log.error(line);
            case WARNING -> log.warn(line);
            case INFO -> log.info(line);
            case RAW -> System.out.println(line);
        }
    }
}
