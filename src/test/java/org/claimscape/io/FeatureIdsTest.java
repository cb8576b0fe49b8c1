package org.claimscape.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The ids of one read, to find one used twice (RFC 7946 §3.2 gives a feature's "id" as a string or a number; the
 * reader warns of one used twice): an id is the same as another when the user would see the same text.
 */
class FeatureIdsTest {

    @Test
    void findsARepeatWhateverTheOrderTheIdsComeIn() {
        Random random = new Random(17);
        for (int round = 0; round < 50; round++) {
            FeatureIds ids = new FeatureIds();
            Set<String> seen = new HashSet<>();
            long next = random.nextInt(5) - 2;
            for (int i = 0; i < 400; i++) {
                Object id = switch (random.nextInt(6)) {
                    case 0, 1 -> next++; // the usual file: 1, 2, 3...
                    case 2 -> next += 1 + random.nextInt(3); // ascending with gaps
                    case 3 -> (long) (random.nextInt(40) - 5); // out of order, often a repeat
                    case 4 -> Long.toString(random.nextInt(60)); // text that reads as a number
                    default -> random.nextBoolean() ? "site " + random.nextInt(20) : random.nextInt(30);
                };
                assertThat(ids.add(id)).as("round %d, id %s", round, id).isEqualTo(seen.add(id.toString()));
            }
        }
    }

    @Test
    void numbersAndTheirTextAreOneIdButOtherTextIsNot() {
        FeatureIds ids = new FeatureIds();
        assertThat(ids.add(1L)).isTrue();
        assertThat(ids.add(2L)).isTrue();
        assertThat(ids.add(3)).isTrue();
        assertThat(ids.add("2")).isFalse();
        assertThat(ids.add("02")).isTrue();
        assertThat(ids.add(7L)).isTrue();
        assertThat(ids.add(5L)).isTrue();
        assertThat(ids.add("5")).isFalse();
        assertThat(ids.add(Long.MAX_VALUE)).isTrue();
        assertThat(ids.add(Long.toString(Long.MAX_VALUE))).isFalse();
        assertThat(ids.add(-4L)).isTrue();
        assertThat(ids.add("-4")).isFalse();
        assertThat(ids.add("-0")).isTrue();
        ids.clear();
        assertThat(ids.add(2L)).isTrue();
    }
}
