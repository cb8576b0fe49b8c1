package org.claimscape.io.postgis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** What a live layer reads for a view, and when it must read again. */
class ReadWindowTest {

    private final Envelope table = new Envelope(139, 157, 41, 52);

    @Test
    void readsABoxTwiceTheViewEachWayAndServesPansInsideIt() {
        Envelope view = new Envelope(145, 146, 43, 44);
        ReadWindow w = ReadWindow.forView(view, 9, table, false);
        assertThat(w.box()).isEqualTo(new Envelope(144.5, 146.5, 42.5, 44.5));
        assertThat(w.serves(new Envelope(145.4, 146.4, 43.4, 44.4), 9)).isTrue();
        assertThat(w.serves(new Envelope(145.6, 146.6, 43, 44), 9)).as("out of the box").isFalse();
    }

    @Test
    void readsTheWholeTableWhenTheBoxWouldHoldIt() {
        ReadWindow w = ReadWindow.forView(new Envelope(140, 156, 42, 51), 5, table, true);
        assertThat(w.whole()).isTrue();
        assertThat(w.serves(new Envelope(145, 145.1, 43, 43.1), 15)).as("points: any zoom").isTrue();
    }

    @Test
    void linesAreReadAgainWhenZoomingInPastTheirSimplification() {
        ReadWindow w = ReadWindow.forView(new Envelope(140, 156, 42, 51), 5, table, false);
        // half a pixel at zoom 5: 0.5 * 360 / (256 * 32) degrees
        assertThat(w.tolerance()).isEqualTo(0.5 * 360 / 8192.0);
        assertThat(w.serves(new Envelope(145, 146, 43, 44), 6)).isTrue();
        assertThat(w.serves(new Envelope(145, 146, 43, 44), 7)).isFalse();
        assertThat(ReadWindow.tolerance(ReadWindow.FULL_DETAIL_ZOOM, false)).isZero();
    }

    @Test
    void pointsAreThinnedOnlyWhenTheBoxHoldsManyRows() {
        ReadWindow w = ReadWindow.forView(new Envelope(140, 156, 42, 51), 5, table, true);
        assertThat(w.thinned(ReadWindow.THIN_ABOVE, table).isThinned()).isFalse();
        ReadWindow thin = w.thinned(1_000_000, table);
        assertThat(thin.isThinned()).isTrue();
        // the whole table read: about THIN_CELLS cells over its extent of 18 x 11 degrees
        assertThat(table.getArea() / (thin.cell() * thin.cell())).isCloseTo(ReadWindow.THIN_CELLS,
                org.assertj.core.data.Offset.offset(1.0));
        assertThat(ReadWindow.forView(new Envelope(140, 156, 42, 51), 5, table, false).thinned(1_000_000, table)
                .isThinned()).as("lines and areas").isFalse();
    }

    @Test
    void aThinnedReadServesUpToOneZoomLevelDeeper() {
        ReadWindow thin = ReadWindow.forView(new Envelope(140, 156, 42, 51), 5, table, true).thinned(1_000_000, table);
        Envelope inside = new Envelope(145, 146, 43, 44);
        assertThat(thin.serves(inside, 5.5)).isTrue();
        assertThat(thin.serves(inside, 4)).as("zooming out: the same rows, drawn closer").isTrue();
        assertThat(thin.serves(inside, 6)).isFalse();
        ReadWindow again = ReadWindow.forView(new Envelope(141, 155, 43, 50), 6, table, true).thinned(1_000_000, table);
        assertThat(again.readsTheSameAs(thin)).as("whole table, same grid: nothing new to read").isTrue();
        assertThat(again.readsTheSameAs(again.thinned(10, table))).isFalse();
    }
}
