package io.github.backendnotes.model;

/** A heading with its level (1-6), trimmed text (inline code kept in backticks) and position. */
public record Heading(int level, String text, int line, int column) {
}
