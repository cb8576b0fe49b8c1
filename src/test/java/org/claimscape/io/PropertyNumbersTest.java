package org.claimscape.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Text cells read as numbers (CSV, KML Data): the hand scanner agrees with the JSON number grammar it stands for
 * (RFC 8259 §6), written here as the regular expressions it replaced, on edge cases and on random strings.
 */
class PropertyNumbersTest {

    private static final Pattern WHOLE = Pattern.compile("-?(0|[1-9][0-9]{0,17})");
    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    private static int expected(String s) {
        return WHOLE.matcher(s).matches() ? 1 : DECIMAL.matcher(s).matches() ? 2 : 0;
    }

    @Test
    void edgeCasesReadAsTheGrammarSays() {
        for (String s : List.of("0", "-0", "7", "-12", "007", "+1", "1.", ".5", "1.5", "-0.25", "1e5", "1E+5", "1e-5",
                "1e", "1e+", "2.5e3", "123456789012345678", "1234567890123456789", "-123456789012345678", "1-2",
                "12a", "a12", "-", "", "0x10", "1.2.3", "١٢", "1 ", " 1", "NaN", "Infinity", "--1", "0.0")) {
            assertThat(PropertyValues.numberKind(s)).as(s).isEqualTo(expected(s));
        }
        assertThat(PropertyValues.parse("123456789012345678")).isEqualTo(123456789012345678L);
        assertThat(PropertyValues.parse("1234567890123456789")).isEqualTo(1.234567890123456789e18);
        assertThat(PropertyValues.parse("007")).isEqualTo("007");
        assertThat(PropertyValues.parse("-0.25")).isEqualTo(-0.25);
        assertThat(PropertyValues.parse("1e999")).isEqualTo("1e999");
        assertThat(PropertyValues.parse("1945/08/28")).isEqualTo("1945-08-28");
    }

    @Test
    void randomStringsReadAsTheGrammarSays() {
        Random random = new Random(8259);
        String alphabet = "0123456789-+.eE x";
        for (int n = 0; n < 200_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(22);
            for (int i = 0; i < length; i++) {
                sb.append(alphabet.charAt(random.nextInt(i == 0 ? alphabet.length() : 10 + (random.nextInt(4) == 0
                        ? 7 : 0))));
            }
            String s = sb.toString();
            assertThat(PropertyValues.numberKind(s)).as(s).isEqualTo(expected(s));
        }
    }
}
