package memcim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeSinceProgrammingTest {
    @Test
    void unitsAreThoseOfDriftStudies() {
        List<TimeSinceProgramming> t = TimeSinceProgramming.parseList("1s,1h,1d,1w,1mo,1y,250ms,2.5e3", "--at");
        assertEquals(List.of(1.0, 3600.0, 86400.0, 604800.0, 2629800.0, 31557600.0, 0.25, 2500.0),
                t.stream().map(TimeSinceProgramming::seconds).toList());
        assertEquals("1mo", t.get(4).label());
        assertEquals(6, TimeSinceProgramming.STANDARD.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1x", "", "-1s", "0s", "s", "1 y 2", "1e999s"})
    void badTimesAreNamed(String text) {
        InputException e = assertThrows(InputException.class, () -> TimeSinceProgramming.parseList(text, "--at"));
        assertEquals("--at", e.where());
        assertEquals("'" + text + "'", e.found());
    }

    @Test
    void aTimeTwiceIsRefused() {
        assertEquals("--at: expected each time once, found '1d' and '24h'",
                assertThrows(InputException.class, () -> TimeSinceProgramming.parseList("1d,24h", "--at")).getMessage());
    }
}
