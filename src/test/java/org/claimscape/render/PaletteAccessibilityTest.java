package org.claimscape.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimscape.io.BundledLayers;
import org.claimscape.model.LayerIds;
import org.claimscape.model.Viewpoint;
import org.claimscape.render.ColourScience.Vision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled map's legend, for every viewpoint and the dates that change it, read in greyscale and by the three
 * dichromacies (Machado et al. 2009, simulated in {@link ColourScience}). The classes come from the legend the
 * renderer builds, i.e. the styles the map is drawn with, not from a list kept here.
 *
 * <p>Thresholds, and why:
 * <ul>
 * <li>{@value #AREA_LIGHTNESS} L* between area classes: a greyscale print keeps only lightness, and about ten
 *     L* is the smallest step ColorBrewer leaves between the classes of its sequential schemes, which are made
 *     to be told apart in grey (Blues-5 #eff3ff / #bdd7e7 is 11.3, YlOrBr-5 #ffffd4 / #fed98e is 10.8).</li>
 * <li>{@value #AREA_DELTA_E} ΔE00 between area classes in normal and each simulated vision: what a pure 10 L*
 *     step is worth at L* 80 (CIEDE2000 weighs lightness by S_L, 1.45 there), so no reader sees two classes
 *     closer than a greyscale reader does.</li>
 * <li>A hatched class next to a plain one differs by its lines: they stand {@value #HATCH_CONTRAST} L* or more
 *     off their ground. Hatched land and the land outside the region share a ground (neither is anyone's), so
 *     only that pair leans on the hatching; every sovereignty class differs from every other in tone too.</li>
 * <li>Lines are thin, so they must differ in form, not only colour: dash family or at least {@value #LINE_WIDTH}
 *     px in width, or else {@value #LINE_LIGHTNESS} L* (a pale grey hairline against a dark one). Their colour
 *     either is the same (one party's lines: Japan's claim and its border, the two teal treaties) or stays
 *     {@value #LINE_DELTA_E} ΔE00 apart in every vision, a difference that reads at a glance on lines 1–3 px
 *     wide; a colour that is nearly the same would say "same party" where it is not.</li>
 * <li>Symbol families (their badge colours, also the cluster arcs): {@value #LINE_DELTA_E} ΔE00 in every vision,
 *     on top of their badge shapes.</li>
 * </ul>
 */
class PaletteAccessibilityTest {

    static final double AREA_LIGHTNESS = 10;
    static final double AREA_DELTA_E = 7;
    static final double HATCH_CONTRAST = 25;
    static final double LINE_WIDTH = 1.0;
    static final double LINE_LIGHTNESS = 20;
    static final double LINE_DELTA_E = 12;

    /** Land outside the region: not coloured by sovereignty. */
    private static final Set<String> CONTEXT = Set.of(LayerIds.WORLD, LayerIds.LAND_OVERVIEW);

    private static List<LayerView> layers;

    @BeforeAll
    static void load() throws IOException {
        BundledLayers b = BundledLayers.load();
        // Every layer on, the hidden-by-default country outlines too: the user can show them all at once.
        layers = LayerView.fromCatalog(b.catalog(), b::layer).stream().map(v -> v.withVisible(true)).toList();
    }

    /** Every viewpoint at: Shimoda (1855–1875), St Petersburg, Portsmouth, the 1945–46 occupation, today. */
    static List<Arguments> maps() {
        List<Arguments> out = new ArrayList<>();
        for (Viewpoint v : Viewpoint.values()) {
            for (LocalDate d : new LocalDate[] {LocalDate.of(1875, 6, 1), LocalDate.of(1880, 1, 1),
                LocalDate.of(1910, 6, 1), LocalDate.of(1945, 12, 1), LocalDate.now()}) {
                out.add(Arguments.of(v, d));
            }
        }
        return out;
    }

    private static List<LegendEntry> legend(Viewpoint v, LocalDate date) {
        List<LegendEntry> legend = StyleCatalog.standard().legend(layers, v, date);
        assertThat(legend).as("legend %s %s", v, date).isNotEmpty();
        return legend;
    }

    /** The area classes of a legend: one per distinct fill and hatching (a class may have several labels). */
    private static Map<List<Color>, LegendEntry> areas(List<LegendEntry> legend) {
        Map<List<Color>, LegendEntry> out = new LinkedHashMap<>();
        for (LegendEntry e : legend) {
            if (e.kind() == LegendEntry.Kind.AREA && e.style().fill() != null) {
                out.putIfAbsent(Arrays.asList(e.style().fill(), e.style().hatch()), e);
            }
        }
        return out;
    }

    /** The line classes: lines, and areas drawn as outlines only. */
    private static List<LegendEntry> lines(List<LegendEntry> legend) {
        Map<List<Object>, LegendEntry> out = new LinkedHashMap<>();
        for (LegendEntry e : legend) {
            MapStyle s = e.style();
            boolean line = e.kind() == LegendEntry.Kind.LINE
                    || (e.kind() == LegendEntry.Kind.AREA && s.fill() == null && s.stroke() != null);
            if (line) {
                out.putIfAbsent(List.of(s.stroke(), s.strokeWidth(), Arrays.toString(s.dash())), e);
            }
        }
        return new ArrayList<>(out.values());
    }

    private static boolean hatched(LegendEntry e) {
        return e.style().hatch() != null;
    }

    private static boolean sharesGroundOnPurpose(LegendEntry a, LegendEntry b) {
        return hatched(a) != hatched(b) && (CONTEXT.contains(a.layerId()) || CONTEXT.contains(b.layerId()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("maps")
    void areaClassesDifferInLightness(Viewpoint v, LocalDate date) {
        List<LegendEntry> classes = new ArrayList<>(areas(legend(v, date)).values());
        assertThat(classes).as("sea and land at least").hasSizeGreaterThanOrEqualTo(2);
        for (int i = 0; i < classes.size(); i++) {
            for (int j = i + 1; j < classes.size(); j++) {
                LegendEntry a = classes.get(i);
                LegendEntry b = classes.get(j);
                if (sharesGroundOnPurpose(a, b)) {
                    continue;
                }
                double dL = Math.abs(ColourScience.lightness(a.style().fill())
                        - ColourScience.lightness(b.style().fill()));
                assertThat(dL).as("ΔL* of '%s' and '%s' (%s %s)", a.label(), b.label(), v, date)
                        .isGreaterThanOrEqualTo(AREA_LIGHTNESS);
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("maps")
    void areaClassesStayApartForColourBlindReaders(Viewpoint v, LocalDate date) {
        List<LegendEntry> classes = new ArrayList<>(areas(legend(v, date)).values());
        for (int i = 0; i < classes.size(); i++) {
            for (int j = i + 1; j < classes.size(); j++) {
                LegendEntry a = classes.get(i);
                LegendEntry b = classes.get(j);
                if (sharesGroundOnPurpose(a, b)) {
                    continue;
                }
                for (Vision vision : Vision.values()) {
                    assertThat(ColourScience.deltaE2000(a.style().fill(), b.style().fill(), vision))
                            .as("ΔE00 of '%s' and '%s', %s (%s %s)", a.label(), b.label(), vision, v, date)
                            .isGreaterThanOrEqualTo(AREA_DELTA_E);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("maps")
    void hatchingShowsOnItsGround(Viewpoint v, LocalDate date) {
        for (LegendEntry e : areas(legend(v, date)).values()) {
            if (!hatched(e)) {
                continue;
            }
            Color ground = e.style().fill();
            Color line = ColourScience.over(e.style().hatch(), ground);
            for (Vision vision : Vision.values()) {
                double dL = ColourScience.lab(ground, vision)[0] - ColourScience.lab(line, vision)[0];
                assertThat(dL).as("hatching of '%s', %s", e.label(), vision).isGreaterThanOrEqualTo(HATCH_CONTRAST);
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("maps")
    void lineClassesDifferInFormAndColour(Viewpoint v, LocalDate date) {
        List<LegendEntry> classes = lines(legend(v, date));
        for (int i = 0; i < classes.size(); i++) {
            for (int j = i + 1; j < classes.size(); j++) {
                MapStyle a = classes.get(i).style();
                MapStyle b = classes.get(j).style();
                String what = "'" + classes.get(i).label() + "' and '" + classes.get(j).label() + "' (" + v + " "
                        + date + ")";
                boolean form = DashFamily.of(a.dash()) != DashFamily.of(b.dash())
                        || Math.abs(a.strokeWidth() - b.strokeWidth()) >= LINE_WIDTH - 1e-6
                        || Math.abs(ColourScience.lightness(a.stroke()) - ColourScience.lightness(b.stroke()))
                        >= LINE_LIGHTNESS;
                assertThat(form).as("form of " + what + ": " + DashFamily.of(a.dash()) + " " + a.strokeWidth()
                        + " px vs " + DashFamily.of(b.dash()) + " " + b.strokeWidth() + " px").isTrue();
                if (a.stroke().equals(b.stroke())) {
                    continue;
                }
                for (Vision vision : Vision.values()) {
                    assertThat(ColourScience.deltaE2000(a.stroke(), b.stroke(), vision))
                            .as("ΔE00 of " + what + ", " + vision).isGreaterThanOrEqualTo(LINE_DELTA_E);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("maps")
    void symbolFamiliesStayApartForColourBlindReaders(Viewpoint v, LocalDate date) {
        Map<String, Color> families = new LinkedHashMap<>();
        for (LegendEntry e : legend(v, date)) {
            if (e.kind() == LegendEntry.Kind.SYMBOL && e.style().accent() != null) {
                families.putIfAbsent(e.layerId(), e.style().accent());
            }
        }
        List<String> ids = new ArrayList<>(families.keySet());
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                for (Vision vision : Vision.values()) {
                    assertThat(ColourScience.deltaE2000(families.get(ids.get(i)), families.get(ids.get(j)), vision))
                            .as("ΔE00 of the %s and %s symbols, %s", ids.get(i), ids.get(j), vision)
                            .isGreaterThanOrEqualTo(LINE_DELTA_E);
                }
            }
        }
    }

    /** Dash patterns as a reader tells them apart: by the kind of rhythm, not by a pixel more or less. */
    enum DashFamily {
        SOLID, DOT, DASH, LONG_DASH, DASH_DOT, DASH_DOT_DOT, OTHER;

        static DashFamily of(float[] dash) {
            if (dash == null) {
                return SOLID;
            }
            if (dash.length == 2) {
                return dash[0] <= 2 ? DOT : dash[0] >= 8 ? LONG_DASH : DASH;
            }
            return dash.length == 4 ? DASH_DOT : dash.length == 6 ? DASH_DOT_DOT : OTHER;
        }
    }
}
