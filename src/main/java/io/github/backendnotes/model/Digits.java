package io.github.backendnotes.model;

/**
 * The value of a run of decimal digits taken from what an author wrote. A number too large for an {@code int}
 * ("at least 99999999999 items", a timestamp file prefix) is clamped to {@link Integer#MAX_VALUE}: it is still a
 * number the checks can compare, where {@link Integer#parseInt} would throw and end the run.
 */
public final class Digits {

    private Digits() {
    }

    /**
     * @param digits one or more decimal digits, as a regular expression's {@code \d+} or
     *               {@link Character#isDigit} accepts them
     * @throws IllegalArgumentException when {@code digits} is empty or holds anything else
     */
    public static int value(CharSequence digits) {
        if (digits.length() == 0) {
            throw new IllegalArgumentException("no digits");
        }
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = Character.digit(digits.charAt(i), 10);
            if (digit < 0) {
                throw new IllegalArgumentException("not a digit in '" + digits + "'");
            }
            value = Math.min(Integer.MAX_VALUE, value * 10 + digit);
        }
        return (int) value;
    }
}
