/**
 * The Maven goals: thin mojos that turn parameters into a run request, run the engine and hand the result to
 * the reporters.
 */
package io.github.backendnotes.mojo;
