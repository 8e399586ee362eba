package io.github.backendnotes.scaffold;

/** A request the vault cannot take (an unknown series, a taken number, no README): the message names the value. */
public final class ScaffoldException extends Exception {

    public ScaffoldException(String message) {
        super(message);
    }
}
