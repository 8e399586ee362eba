package io.github.backendnotes.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DigitsTest {

    @Test
    void readsTheValueOfDigits() {
        assertEquals(0, Digits.value("0"));
        assertEquals(7, Digits.value("007"));
        assertEquals(2026, Digits.value("2026"));
        assertEquals(Integer.MAX_VALUE, Digits.value("2147483647"));
        assertEquals(42, Digits.value("٤٢"), "digits of other scripts, as Character.isDigit accepts them");
    }

    @Test
    void clampsWhatAnIntCannotHold() {
        assertEquals(Integer.MAX_VALUE, Digits.value("2147483648"));
        assertEquals(Integer.MAX_VALUE, Digits.value("22222222222222222221"));
        assertEquals(Integer.MAX_VALUE, Digits.value("9".repeat(400)));
        assertEquals(12, Digits.value("0".repeat(40) + "12"), "leading zeros are not a large number");
    }

    @Test
    void refusesWhatIsNotDigits() {
        assertThrows(IllegalArgumentException.class, () -> Digits.value(""));
        assertThrows(IllegalArgumentException.class, () -> Digits.value("-1"));
        assertThrows(IllegalArgumentException.class, () -> Digits.value("1a"));
    }
}
