/**
 * Rules of the {@code naming} category: file and folder names against the property dictionary.
 */
package io.github.backendnotes.rules.naming;
