package org.claimscape.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoordinateFormatTest {

    @Test
    void formatsDegreesMinutesWithHemispheres() {
        assertThat(CoordinateFormat.degreesMinutes(45.0328, 147.7606)).isEqualTo("45°01.97′ N  147°45.64′ E");
        assertThat(CoordinateFormat.degreesMinutes(-0.5, -10.25)).isEqualTo("0°30.00′ S  10°15.00′ W");
        assertThat(CoordinateFormat.decimal(45.0328, 147.7606)).isEqualTo("45.03280, 147.76060");
    }
}
