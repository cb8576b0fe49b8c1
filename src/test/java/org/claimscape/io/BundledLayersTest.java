package org.claimscape.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.claimscape.model.LayerCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.LinearComponentExtracter;

/** The bundled data as the program sees it: the catalog, every layer, and the conventions every feature keeps. */
class BundledLayersTest {

    private static final Set<String> THEMATIC = Set.of("islands", "claims", "military", "projects", "places", "events");
    private static BundledLayers bundled;

    @BeforeAll
    static void load() throws IOException {
        bundled = BundledLayers.load();
    }

    @Test
    void catalogListsLayersInPanelOrderWithGroups() {
        LayerCatalog catalog = bundled.catalog();
        assertThat(catalog.ids()).containsExactly("events", "places", "projects", "military", "claims", "islands",
                "reference",
                "lakes", "land", "land-overview", "countries", "world");
        assertThat(catalog.entries()).extracting(LayerCatalog.Entry::group)
                .containsOnly("Claims", "Military", "Projects", "Places", "Events", "Basemap");
        assertThat(catalog.entries()).allSatisfy(e -> assertThat(e.title()).isNotBlank());
        assertThat(catalog.entry("land-overview").orElseThrow().maxZoom()).isLessThan(99);
    }

    /**
     * The world's land leaves the hi-res basemap's box to GSHHG (no coast drawn twice), and no edge jumps across
     * the antimeridian (it would draw a band across the Mercator map).
     */
    @Test
    void worldLandStaysOutOfTheHiResBoxAndOffTheAntimeridian() {
        Layer world = bundled.layer("world");
        assertThat(world.features()).isNotEmpty();
        for (Feature f : world.features()) {
            for (Object line : LinearComponentExtracter.getLines(f.geometry())) {
                Coordinate[] cs = ((Geometry) line).getCoordinates();
                for (int i = 0; i < cs.length; i++) {
                    assertThat(cs[i].x > 139.001 && cs[i].x < 156.999 && cs[i].y > 41.001 && cs[i].y < 51.999)
                            .as("%s vertex %s inside the hi-res box", f.id(), cs[i]).isFalse();
                    if (i > 0 && cs[i].y > -79.99) {
                        assertThat(Math.abs(cs[i].x - cs[i - 1].x)).as("%s edge at %s", f.id(), cs[i])
                                .isLessThan(180);
                    }
                }
            }
        }
    }

    @Test
    void classpathAndFolderGiveTheSameLayers() throws IOException {
        BundledLayers fromFolder = BundledLayers.load(Path.of("data"), (done, total) -> { });
        for (Layer layer : bundled.layers()) {
            assertThat(fromFolder.layer(layer.id()).features()).isEqualTo(layer.features());
        }
    }

    /** Content farms and aggregators: never a source (data/SOURCES.md, "Corrections"). */
    private static final List<String> BANNED_HOSTS = List.of("perceptio", "kxan36news", "blackhawksjersey",
            "blackbenson", "urdupoint", "pakistanpoint", "theglobalherald", "hubbry", "kampuspedia", "memim.com",
            "sagapedia", "enwikipedia.net", "frwiki.wiki", "wiki2.org", "alchetron", "jmedia.wiki", "pastebin",
            "5hotnews");
    /** Copies of Wikipedia: cite the canonical article instead. */
    private static final List<String> WIKIPEDIA_MIRRORS = List.of("kiwix", "clateway", "ipfs", "wiki7.org",
            "wikizero", "outremer", "the-uncensored-wiki", "wikia.org", "mapio.net", "hmongwiki");
    /** Sites that republish others' stories (aggregators, blogs): cite them, but never as the ground for high. */
    private static final List<String> REPUBLISHERS = List.of("worldtribune", "uawire", "hoppou.blog", "inkl.com",
            "oananews", "thenews.mx", "babel.ua", "wiid.ru", "wdic.org", "vcn.bc.ca", "rusreality", "kazan-news",
            "vpk.name", "kuril.info");
    /** Analysis firms: neither a primary source nor a news outlet, so not the ground for high either. */
    private static final List<String> ANALYSTS = List.of("stratfor.com");
    private static final Pattern KEY_ROW = Pattern.compile("^\\| (S\\d+) \\| .* \\| (\\S+)[^|]* \\|$", Pattern.MULTILINE);
    private static final Pattern CITED = Pattern.compile("\\[(S\\d+)]");

    @Test
    void noFeatureCitesAContentFarmOrAWikipediaMirror() {
        List<String> bad = new ArrayList<>();
        for (String id : THEMATIC) {
            for (Feature f : bundled.layer(id).features()) {
                for (String key : new String[] {"source", "source_url"}) {
                    String text = f.string(key) == null ? "" : f.string(key).toLowerCase(Locale.ROOT);
                    for (String host : BANNED_HOSTS) {
                        if (text.contains(host)) {
                            bad.add(id + "/" + f.id() + " " + key + " names " + host);
                        }
                    }
                    for (String host : WIKIPEDIA_MIRRORS) {
                        if (text.contains(host)) {
                            bad.add(id + "/" + f.id() + " " + key + " names the mirror " + host);
                        }
                    }
                }
            }
        }
        assertThat(bad).isEmpty();
    }

    /**
     * High needs a primary source or a major outlet: a feature whose every citation is Wikipedia, a copy of it or a
     * republication (an aggregator, a blog) is not high.
     */
    @Test
    void highConfidenceDoesNotRestOnWikipediaMirrorsOrRepublicationsAlone() throws IOException {
        Map<String, String> urls = new HashMap<>();
        Matcher m = KEY_ROW.matcher(Files.readString(Path.of("data", "SOURCES.md")));
        while (m.find()) {
            urls.put(m.group(1), m.group(2).toLowerCase(Locale.ROOT));
        }
        assertThat(urls).containsKeys("S01", "S05", "S109");
        List<String> bad = new ArrayList<>();
        for (String id : THEMATIC) {
            for (Feature f : bundled.layer(id).features()) {
                if (!"high".equals(f.string("confidence"))) {
                    continue;
                }
                List<String> cited = new ArrayList<>();
                Matcher c = CITED.matcher(f.string("source"));
                while (c.find()) {
                    cited.add(urls.getOrDefault(c.group(1), ""));
                }
                String own = f.string("source_url") == null ? "" : f.string("source_url").toLowerCase(Locale.ROOT);
                boolean freeText = !f.string("source").startsWith("[S") || f.string("source").matches(".*; [^\\[][^;]*$");
                if (cited.isEmpty() && !own.isEmpty()) {
                    cited.add(own);
                }
                if (!freeText && !cited.isEmpty() && cited.stream().allMatch(BundledLayersTest::isSecondHand)) {
                    bad.add(id + "/" + f.id() + " is high on " + cited);
                }
            }
        }
        assertThat(bad).isEmpty();
    }

    private static boolean isSecondHand(String url) {
        return url.contains("wikipedia.org") || WIKIPEDIA_MIRRORS.stream().anyMatch(url::contains)
                || REPUBLISHERS.stream().anyMatch(url::contains) || ANALYSTS.stream().anyMatch(url::contains);
    }

    @Test
    void districtsFollowTheCorrectedMembership() {
        Layer claims = bundled.layer("claims");
        assertThat(claims.features()).extracting(Feature::id).doesNotContain("ru-admin-kurilsky-central")
                .contains("soviet-occupation-1945-north", "soviet-occupation-1945-central", "soviet-occupation-1945-urup");
        assertThat(claims.feature("ru-admin-kurilsky").geometry().getNumGeometries()).isEqualTo(55 + 35);
        assertThat(claims.feature("ru-admin-severo-kurilsky").geometry().getNumGeometries()).isEqualTo(50 + 37);
        assertThat(claims.feature("ru-admin-kurilsky").geometry().isValid()).isTrue();
        assertThat(claims.feature("ru-admin-severo-kurilsky").geometry().isValid()).isTrue();
        assertThat(claims.feature("ru-admin-south-sakhalin-oblast-1946").geometry().getEnvelopeInternal().getMinX())
                .isLessThan(143.0);
    }

    @Test
    void everyThematicFeatureCarriesNamesDatesSourceAndConfidence() {
        List<String> missing = new ArrayList<>();
        for (String id : THEMATIC) {
            for (Feature f : bundled.layer(id).features()) {
                for (String key : new String[] {"name_en", "name_ja", "name_ru", "source", "confidence"}) {
                    if (f.string(key) == null || f.string(key).isBlank()) {
                        missing.add(id + "/" + f.id() + " lacks " + key);
                    }
                }
                if (f.geometry() != null && f.geometry().getDimension() == 0 && f.precision().isEmpty()) {
                    missing.add(id + "/" + f.id() + " lacks precision");
                }
                if (f.confidence().isEmpty()) {
                    missing.add(id + "/" + f.id() + " has an unreadable confidence");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void datedLayersCarryDatesAndTheHistoryReadsRight() {
        for (String id : List.of("claims", "military", "events")) {
            assertThat(bundled.layer(id).features()).as(id).allSatisfy(f ->
                    assertThat(f.validity().from()).as(f.id()).isNotNull());
        }
        Layer claims = bundled.layer("claims");
        assertThat(claims.features()).extracting(f -> f.string("claim"))
                .contains("jp-claim", "ru-admin", "declaration-1956", "shimoda-1855", "st-petersburg-1875",
                        "soviet-occupation-1945");
        assertThat(claims.featuresAt(LocalDate.of(1860, 1, 1))).extracting(f -> f.string("claim"))
                .contains("shimoda-1855").doesNotContain("ru-admin", "st-petersburg-1875");
        assertThat(claims.featuresAt(LocalDate.of(1900, 1, 1))).extracting(f -> f.string("claim"))
                .contains("st-petersburg-1875").doesNotContain("shimoda-1855", "ru-admin", "jp-claim");
    }

    @Test
    void disputedIslandsAreAllThere() {
        assertThat(bundled.layer("islands").features()).extracting(Feature::id)
                .contains("iturup", "kunashir", "shikotan", "habomai-zelyony", "habomai-polonsky", "habomai-yuri",
                        "habomai-anuchina", "habomai-tanfilyeva");
        assertThat(bundled.layer("islands").feature("iturup").number("area_km2_published")).contains(3168.0);
    }
}
