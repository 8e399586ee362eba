/**
 * Reading notes and the files that describe a series (rubric, README, coverage matrix, property dictionary)
 * into the model; each note is parsed once, and what cannot be read becomes a problem under a {@code parse.*} rule.
 */
package io.github.backendnotes.parse;
