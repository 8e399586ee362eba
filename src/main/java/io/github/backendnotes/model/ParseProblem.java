package io.github.backendnotes.model;

/**
 * Something in a file the parser could not read; the engine turns it into a finding of rule {@code ruleId}.
 *
 * @param concernsFrontMatter true when the front matter is the unreadable part
 */
public record ParseProblem(String ruleId, int line, int column, String message, boolean concernsFrontMatter) {
}
