/**
 * The run: a short list of stages, from loading the inputs to the finished result, that feed every rule.
 * Knows nothing of Maven.
 */
package io.github.backendnotes.engine;
