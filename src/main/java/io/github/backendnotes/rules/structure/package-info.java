/**
 * Rules of the {@code structure} category: a chapter's headings against its kind's required headings.
 */
package io.github.backendnotes.rules.structure;
