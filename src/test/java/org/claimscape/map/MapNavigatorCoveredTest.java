package org.claimscape.map;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import org.junit.jupiter.api.Test;

/** What a window over the map hides of it: the insets that keep the largest open band. */
class MapNavigatorCoveredTest {

    private static final Bounds MAP = new BoundingBox(100, 50, 1000, 600);

    @Test
    void aWindowOverTheLowerPartLeavesTheBandAboveIt() {
        Bounds table = new BoundingBox(80, 400, 1100, 400);
        assertThat(MapNavigator.covered(MAP, table)).isEqualTo(new Insets(0, 0, 250, 0));
    }

    @Test
    void aWindowAtTheLeftLeavesTheBandToItsRight() {
        Bounds side = new BoundingBox(0, 0, 400, 900);
        assertThat(MapNavigator.covered(MAP, side)).isEqualTo(new Insets(0, 0, 0, 300));
    }

    @Test
    void aWindowBesideTheMapOrNoWindowHidesNothing() {
        assertThat(MapNavigator.covered(MAP, new BoundingBox(1200, 50, 300, 300))).isEqualTo(Insets.EMPTY);
        assertThat(MapNavigator.covered(MAP, null)).isEqualTo(Insets.EMPTY);
    }

    @Test
    void aWindowOverTheWholeMapLeavesNoBandSoTheMapIsUsedWhole() {
        assertThat(MapNavigator.covered(MAP, new BoundingBox(0, 0, 2000, 2000))).isEqualTo(Insets.EMPTY);
    }
}
