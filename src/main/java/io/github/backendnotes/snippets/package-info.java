/**
 * Running the chapters' programs: which code blocks are whole programs (Rust with {@code fn main}, Go with
 * {@code package main} and {@code func main}), what their trailing {@code // Output:} comment expects, the
 * toolchains on the {@code PATH}, compiling and running each program in a scratch folder outside the notes tree with
 * a time limit and an output cap, and the cache of their results. Knows nothing of rules or findings: the
 * {@code code.*} rules of {@code rules.code} turn its {@link io.github.backendnotes.snippets.Outcome}s into findings.
 */
package io.github.backendnotes.snippets;
