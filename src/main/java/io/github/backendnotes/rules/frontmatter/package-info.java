/**
 * Rules of the {@code frontmatter} category: a note's front matter against its rubric's table and the
 * vault's property dictionary.
 */
package io.github.backendnotes.rules.frontmatter;
