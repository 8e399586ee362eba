/**
 * What a run is asked ({@link io.github.backendnotes.run.RunRequest}) and what it gives back
 * ({@link io.github.backendnotes.run.RunResult}), for every goal.
 */
package io.github.backendnotes.run;
