/**
 * The goals' work apart from Maven: running the engine with its failures named as the build reports them, the
 * {@code verify} gate itself, and running that gate in a JVM of its own ({@link io.github.backendnotes.gate.Fork},
 * {@link io.github.backendnotes.gate.ForkedVerify}), which the goal does by default so that a short batch run gets
 * a compiler and a collector chosen for it.
 */
package io.github.backendnotes.gate;
