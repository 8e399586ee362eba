package io.github.backendnotes.model;

/**
 * A link found outside code.
 *
 * @param kind   Markdown link, image, or Obsidian wiki link
 * @param target the destination as written ({@code path#anchor}, or the inside of {@code [[…]]} before {@code |})
 */
public record Link(Kind kind, String target, String text, int line, int column) {

    public enum Kind { MARKDOWN, IMAGE, WIKI }
}
