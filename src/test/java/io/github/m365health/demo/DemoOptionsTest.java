package io.github.m365health.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoOptionsTest {

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsSpeedThatIsNotAPositiveFiniteNumberWithOneLine(double speed) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> DemoOptions.ofSpeed(speed));

        assertTrue(error.getMessage().startsWith("demo speed must be a finite number greater than 0"), error.getMessage());
        assertTrue(error.getMessage().endsWith("got " + speed), error.getMessage());
        assertFalse(error.getMessage().contains("\n"), "one line");
    }

    @Test
    void defaultsPlayTheScriptInRealTime() {
        assertEquals(1.0, DemoOptions.defaults().speed());
        assertEquals(4.0, DemoOptions.ofSpeed(4).speed());
        assertEquals(0.5, new DemoOptions(0.5, 7).speed());
    }
}
