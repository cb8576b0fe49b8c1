package org.claimscape.ui.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.claimscape.ui.table.AttributeTableModel.Column;
import org.claimscape.ui.table.AttributeTableModel.Kind;
import org.claimscape.ui.table.AttributeTableModel.Query;
import org.claimscape.ui.table.AttributeTableModel.Role;
import org.claimscape.ui.table.AttributeTableModel.Rows;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** The attribute table without a window: columns, cells, filter, sort and count. */
class AttributeTableModelTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    @Test
    void columnsAreIdGeometryThenEveryKeyInTheOrderFirstMet() {
        AttributeTableModel t = AttributeTableModel.of(layer(
                feature("a", Map.of("name", "Alpha")),
                feature(null, props("note", "second", "name", "Beta")),
                feature("c", props("height", 12L))));
        assertThat(t.columns()).extracting(Column::role).startsWith(Role.ID, Role.GEOMETRY);
        assertThat(t.columns()).extracting(Column::key).containsExactly("id", "geometry", "name", "note", "height");
        assertThat(t.total()).isEqualTo(3);
        assertThat(t.text(t.feature(0), 1)).isEqualTo("Point");
        assertThat(t.text(t.feature(1), 0)).as("no id").isEmpty();
        assertThat(t.text(t.feature(0), 3)).as("a key the feature lacks").isEmpty();
        assertThat(t.text(t.feature(2), 4)).isEqualTo("12");
    }

    @Test
    void cellsWriteNumbersPlainAndStructuresAsJson() {
        assertThat(AttributeTableModel.text(2.50)).isEqualTo("2.5");
        assertThat(AttributeTableModel.text(1e7)).isEqualTo("10000000");
        assertThat(AttributeTableModel.text(true)).isEqualTo("true");
        assertThat(AttributeTableModel.text(List.of("a", 1L))).isEqualTo("[\"a\", 1]");
        assertThat(AttributeTableModel.text(props("k", "v \"q\"", "n", null))).isEqualTo("{\"k\": \"v \\\"q\\\"\", \"n\": null}");
    }

    @Test
    void columnsKnowNumbersDatesAndText() {
        AttributeTableModel t = AttributeTableModel.of(layer(
                feature(1L, props("n", 9L, "csv", "10.5", "day", "1945-08-18", "year", "1855", "mixed", "12",
                        "flag", true, "none", null)),
                feature(2L, props("n", 10.25, "csv", "-3", "day", "1855", "year", "1905", "mixed", "twelve",
                        "flag", false, "none", null))));
        assertThat(t.columns()).extracting(Column::kind).containsExactly(Kind.NUMBER, Kind.TEXT, Kind.NUMBER,
                Kind.NUMBER, Kind.DATE, Kind.NUMBER, Kind.TEXT, Kind.TEXT, Kind.TEXT);
        assertThat(AttributeTableModel.of(layer(feature(null, props("n", 1L)))).columns().get(0).kind())
                .as("no id at all").isEqualTo(Kind.TEXT);
    }

    @Test
    void numbersSortAsNumbersAndTextAsText() {
        AttributeTableModel t = AttributeTableModel.of(layer(
                feature("x1", props("count", 100L, "code", "100", "label", "b")),
                feature("x2", props("count", 9L, "code", "9a", "label", "A")),
                feature("x3", props("count", 10.5, "code", "10", "label", "c"))));
        assertThat(ids(t, new Query("", column(t, "count"), true))).containsExactly("x2", "x3", "x1");
        assertThat(ids(t, new Query("", column(t, "count"), false))).containsExactly("x1", "x3", "x2");
        assertThat(ids(t, new Query("", column(t, "code"), true))).as("text: character by character")
                .containsExactly("x3", "x1", "x2");
        assertThat(ids(t, new Query("", column(t, "label"), true))).as("case ignored")
                .containsExactly("x2", "x1", "x3");
    }

    @Test
    void numericTextOfACsvFileSortsAsNumbers() {
        AttributeTableModel t = AttributeTableModel.of(layer(
                feature("p", props("depth", "120")),
                feature("q", props("depth", "-4.5")),
                feature("r", props("depth", "15"))));
        assertThat(ids(t, new Query("", column(t, "depth"), true))).containsExactly("q", "r", "p");
    }

    @Test
    void datesSortAsDatesWhateverTheirPrecision() {
        AttributeTableModel t = AttributeTableModel.of(layer(
                feature("potsdam", props("when", "1945-08-18")),
                feature("shimoda", props("when", "1855")),
                feature("portsmouth", props("when", "1905-09")),
                feature("later", props("when", "1945-08-18T10:00:00+09:00")),
                feature("declaration", props("when", "1956-10-19 12:00"))));
        assertThat(t.columns().get(column(t, "when")).kind()).isEqualTo(Kind.DATE);
        assertThat(ids(t, new Query("", column(t, "when"), true)))
                .containsExactly("shimoda", "portsmouth", "potsdam", "later", "declaration");
    }

    @Test
    void datesAreReadAsTheFeaturesOwnDatesAre() {
        for (String t : List.of("1855", "1855-02", "1855-02-07", "-0660", "2024-02-29", "2023-02-29", "2023-13",
                "2023-00-10", "1855-2-7", "12", "abcd", "1855-02-07T10:00", "18550207", "١٨٥٥", "")) {
            assertThat(CellValues.isoDate(t)).as(t).isEqualTo(Feature.parseDate(t));
        }
    }

    @Test
    void emptyCellsSortLastEitherWayAndTiesKeepTheLayersOrder() {
        AttributeTableModel t = AttributeTableModel.of(layer(
                feature("none", props("other", "x")),
                feature("two-a", props("v", 2L)),
                feature("one", props("v", 1L)),
                feature("null", props("v", null)),
                feature("two-b", props("v", 2L))));
        int v = column(t, "v");
        assertThat(ids(t, new Query("", v, true))).containsExactly("one", "two-a", "two-b", "none", "null");
        assertThat(ids(t, new Query("", v, false))).containsExactly("two-a", "two-b", "one", "none", "null");
    }

    @Test
    void theFilterKeepsRowsWithACellContainingTheTextIgnoringCase() {
        AttributeTableModel t = AttributeTableModel.of(layer(
                feature("k1", props("name", "Курильск", "note", "port")),
                feature("k2", props("name", "Shikotan", "note", "Harbour")),
                feature("k3", props("name", "択捉島", "depth", 12.5)),
                feature("k4", props("name", "Habomai", "depth", 3L))));
        assertThat(ids(t, new Query("КУРИЛ", -1, true))).containsExactly("k1");
        assertThat(ids(t, new Query("har", -1, true))).as("any column").containsExactly("k2");
        assertThat(ids(t, new Query("  択捉 ", -1, true))).as("trimmed").containsExactly("k3");
        assertThat(ids(t, new Query("12.5", -1, true))).as("numbers as written").containsExactly("k3");
        assertThat(ids(t, new Query("point", -1, true))).as("geometry type").hasSize(4);
        assertThat(ids(t, new Query("k", column(t, "depth"), false))).as("filtered, then sorted")
                .containsExactly("k3", "k4", "k1", "k2");
        assertThat(ids(t, new Query("NaN", -1, true))).as("a word cannot be in a number").isEmpty();
        Rows none = t.query(new Query("nowhere", -1, true), AttributeTableModel.Progress.NONE);
        assertThat(none.size()).isZero();
        assertThat(none.total()).isEqualTo(4);
    }

    @Test
    void numbersAreSearchedAsTheyAreWrittenUnlessTheTextIsAWord() {
        AttributeTableModel t = AttributeTableModel.of(layer(
                feature(7L, props("v", Double.NaN)),
                feature(8L, props("v", -2.5e-3)),
                feature(9L, props("v", "nano"))));
        assertThat(ids(t, new Query("nan", -1, true))).containsExactly("7", "9");
        assertThat(ids(t, new Query("-0.0025", -1, true))).containsExactly("8");
        assertThat(ids(t, new Query("8", -1, true))).as("a number id").containsExactly("8");
        assertThat(CellValues.numbersMayContain("inf")).isTrue();
        assertThat(CellValues.numbersMayContain("harbour")).isFalse();
        assertThat(CellValues.numbersMayContain("1855 ")).isTrue();
    }

    @Test
    void rowsMapToFeaturesAndBack() {
        AttributeTableModel t = AttributeTableModel.of(layer(
                feature("a", props("n", 3L)), feature("b", props("n", 1L)), feature("c", props("n", 2L))));
        Rows all = t.all();
        assertThat(all.size()).isEqualTo(3);
        assertThat(all.rowOf(2)).isEqualTo(2);
        Rows sorted = t.query(new Query("", column(t, "n"), true), AttributeTableModel.Progress.NONE);
        assertThat(sorted.rowOf(0)).as("a is last").isEqualTo(2);
        assertThat(sorted.featureIndex(0)).as("b first").isEqualTo(1);
        Rows filtered = t.query(new Query("b", -1, true), AttributeTableModel.Progress.NONE);
        assertThat(filtered.rowOf(0)).isEqualTo(-1);
        assertThat(t.indexOf(t.feature(1))).isEqualTo(1);
        assertThat(t.indexOf(new Feature("b", null, Map.of("n", 1L)))).as("the very feature, not an equal one")
                .isEqualTo(-1);
    }

    @Test
    void workIsCancelledWhenTheProgressSaysSo() {
        List<Feature> many = new ArrayList<>();
        IntStream.range(0, 10_000).forEach(i -> many.add(feature((long) i, props("n", (long) (i * 7919 % 10_000)))));
        Layer layer = new Layer("many", "Many", many);
        AttributeTableModel.Progress cancelled = new AttributeTableModel.Progress() {
            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> AttributeTableModel.of(layer, cancelled)).isInstanceOf(CancellationException.class);
        AttributeTableModel t = AttributeTableModel.of(layer);
        assertThatThrownBy(() -> t.query(new Query("1", 2, true), cancelled))
                .isInstanceOf(CancellationException.class);
        long[] last = {0, 0};
        Rows r = t.query(new Query("", 2, true), new AttributeTableModel.Progress() {
            @Override
            public void worked(long done, long total) {
                assertThat(done).isLessThanOrEqualTo(total);
                last[0] = done;
                last[1] = total;
            }
        });
        assertThat(last[0]).isEqualTo(last[1]);
        assertThat(r.size()).isEqualTo(10_000);
        assertThat(t.text(t.feature(r.featureIndex(0)), 2)).isEqualTo("0");
        assertThat(t.text(t.feature(r.featureIndex(9_999)), 2)).isEqualTo("9999");
    }

    // ------------------------------------------------------------------ helpers

    private static List<String> ids(AttributeTableModel t, Query q) {
        Rows rows = t.query(q, AttributeTableModel.Progress.NONE);
        List<String> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            out.add(t.feature(rows.featureIndex(r)).id());
        }
        return out;
    }

    private static int column(AttributeTableModel t, String key) {
        for (int i = 0; i < t.columns().size(); i++) {
            if (t.columns().get(i).key().equals(key) && t.columns().get(i).role() == Role.PROPERTY) {
                return i;
            }
        }
        throw new AssertionError("no column " + key);
    }

    private static Layer layer(Feature... features) {
        return new Layer("test", "Test", List.of(features));
    }

    private static Feature feature(Object id, Map<String, Object> properties) {
        return new Feature(id, GEOMETRY.createPoint(new Coordinate(146, 44)), properties);
    }

    private static Map<String, Object> props(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
