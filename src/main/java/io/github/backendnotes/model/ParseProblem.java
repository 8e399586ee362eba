package io.github.backendnotes.model;

/**
 * Something in a file the parser could not read, reported under {@code rule}.
 *
 * @param concernsFrontMatter true when the front matter is the unreadable part
 */
public record ParseProblem(Rule rule, int line, int column, String message, boolean concernsFrontMatter) {
}
