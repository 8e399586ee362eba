package io.github.backendnotes.model;

import java.util.Locale;

/** How much a finding matters; the order is from most to least severe. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case name used in reports and on the console. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
