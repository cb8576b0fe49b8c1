package org.claimscape.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.claimscape.analysis.ClaimComparison;
import org.claimscape.analysis.MaritimeChange;
import org.claimscape.analysis.MaritimeZonesOp;
import org.claimscape.cli.CompareCommand;
import org.claimscape.export.ComparisonReport;
import org.claimscape.io.BundledLayers;
import org.claimscape.model.Viewpoint;
import org.claimscape.render.MapRenderer;
import org.claimscape.render.MapViewport;
import org.claimscape.render.StyleCatalog;
import org.claimscape.ui.compare.CompareModel.Analyses;
import org.claimscape.ui.compare.CompareModel.CompareKey;
import org.claimscape.ui.compare.CompareModel.LandResult;
import org.claimscape.ui.compare.CompareModel.Mode;
import org.claimscape.ui.explorer.BackgroundTasks;
import org.claimscape.ui.explorer.ExplorerModel;
import org.claimscape.ui.explorer.MapData;
import org.claimscape.ui.text.UiText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;

/**
 * Compare mode's model on the bundled layers, without a window: results are delivered to a queue this thread
 * drains, so the model is read and changed on one thread, as on the FX thread in the window.
 */
class CompareModelTest {

    private static final LocalDate DATE = LocalDate.of(2020, 1, 1);
    private static MapData data;
    private static StyleCatalog styles;
    /* The real analyses, shared so that their equal-area frame is built once and each key compared once. */
    private static Analyses real;
    private static final Map<CompareKey, LandResult> LAND = new ConcurrentHashMap<>();

    private final BlockingQueue<Runnable> delivered = new LinkedBlockingQueue<>();
    private final List<String> reported = Collections.synchronizedList(new ArrayList<>());
    private final List<CompareKey> landCalls = Collections.synchronizedList(new ArrayList<>());
    private ExplorerModel explorer;
    private BackgroundTasks tasks;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadOnce() throws Exception {
        data = MapData.of(BundledLayers.load());
        styles = new MapRenderer().styles();
        real = CompareModel.analysesOf(data.layers());
    }

    @BeforeEach
    void setUp() {
        explorer = new ExplorerModel(data, styles);
        explorer.dateProperty().set(DATE);
        tasks = BackgroundTasks.delivering(delivered::add);
        tasks.setReporter((what, e) -> reported.add(what));
    }

    /** The sea work a test gives the model. */
    @FunctionalInterface
    private interface SeaWork {
        MaritimeChange sea(CompareKey key, BooleanSupplier cancelled);
    }

    /* The real land analysis, counted; the sea as given. */
    private CompareModel model(SeaWork sea) {
        return new CompareModel(explorer, tasks, new Analyses() {
            @Override
            public LandResult land(CompareKey key) {
                landCalls.add(key);
                return LAND.computeIfAbsent(key, real::land);
            }

            @Override
            public MaritimeChange sea(CompareKey key, BooleanSupplier cancelled) {
                return sea.sea(key, cancelled);
            }
        });
    }

    private CompareModel model() {
        return model(null);
    }

    /* Runs delivered results until the model has no land comparison on its way. */
    private void awaitLand(CompareModel m) throws InterruptedException {
        while (m.landComputingProperty().get()) {
            Runnable next = delivered.poll(60, TimeUnit.SECONDS);
            assertThat(next).as("a delivered result").isNotNull();
            next.run();
        }
    }

    private CompareModel compared(String a, String b) throws InterruptedException {
        CompareModel m = model();
        m.setClaims(a, b);
        m.activeProperty().set(true);
        awaitLand(m);
        return m;
    }

    private static void assertConsistent(ClaimComparison.Row r) {
        double tol = Math.max(1e-6, r.landKm2() * 1e-6);
        assertThat(r.aOnlyKm2() + r.bothKm2()).as(r.id() + ": in A").isCloseTo(r.inAKm2(), within(tol));
        assertThat(r.bOnlyKm2() + r.bothKm2()).as(r.id() + ": in B").isCloseTo(r.inBKm2(), within(tol));
        assertThat(r.aOnlyKm2() + r.bOnlyKm2() + r.bothKm2() + r.neitherKm2()).as(r.id() + ": land")
                .isCloseTo(r.landKm2(), within(tol));
    }

    @Test
    void landFiguresOfJapansClaimAndRussianAdministrationAddUp() throws Exception {
        CompareModel m = compared("jp-claim", "ru-admin");

        ClaimComparison c = m.comparison();
        assertThat(c.claimA()).isEqualTo("jp-claim");
        assertThat(c.claimB()).isEqualTo("ru-admin");
        assertThat(c.date()).isEqualTo(DATE);
        assertThat(c.islands()).extracting(ClaimComparison.Row::id)
                .containsExactly("iturup", "kunashir", "shikotan", "habomai");
        c.islands().forEach(CompareModelTest::assertConsistent);
        assertConsistent(c.total());
        assertThat(c.islands().stream().mapToDouble(ClaimComparison.Row::landKm2).sum())
                .isCloseTo(c.total().landKm2(), within(1e-6));
        /* Japan claims the four islands Russia administers: they overlap on all of them. */
        assertThat(c.total().bothKm2()).isCloseTo(c.total().landKm2(), within(c.total().landKm2() * 0.01));
        assertThat(m.landProperty().get().difference().both().isEmpty()).isFalse();
        assertThat(m.sharesTextProperty().get()).startsWith("Of the four islands'");
        assertThat(m.headingProperty().get()).contains("as of 1 Jan 2020");
        assertThat(reported).isEmpty();
    }

    @Test
    void aClaimComparedWithItselfHasNoLandInOneOnly() throws Exception {
        CompareModel m = compared("declaration-1956", "declaration-1956");

        ClaimComparison.Row t = m.comparison().total();
        assertThat(t.aOnlyKm2()).isCloseTo(0, within(1e-6));
        assertThat(t.bOnlyKm2()).isCloseTo(0, within(1e-6));
        assertThat(t.bothKm2()).isPositive().isCloseTo(t.inAKm2(), within(1e-6));
        assertThat(t.inBKm2()).isCloseTo(t.inAKm2(), within(1e-6));
    }

    @Test
    void aCachedComparisonIsTheSameResultAndANewDateComputesAgain() throws Exception {
        CompareModel m = compared("jp-claim", "ru-admin");
        LandResult first = m.landProperty().get();
        m.setClaims("jp-claim", "declaration-1956");
        awaitLand(m);
        assertThat(m.comparison().claimB()).isEqualTo("declaration-1956");

        m.setClaims("jp-claim", "ru-admin");
        assertThat(m.landProperty().get()).isSameAs(first);
        assertThat(m.landComputingProperty().get()).isFalse();
        assertThat(landCalls).hasSize(2);

        explorer.dateProperty().set(LocalDate.of(1956, 10, 19));
        awaitLand(m);
        assertThat(landCalls).hasSize(3);
        assertThat(m.landProperty().get()).isNotSameAs(first);
        assertThat(m.comparison().date()).isEqualTo(LocalDate.of(1956, 10, 19));
    }

    @Test
    void theStateGoesFromComputingToTheResult() throws Exception {
        CompareModel m = model();
        List<String> states = new ArrayList<>();
        m.landComputingProperty().addListener((o, was, on) -> states.add(on ? "computing" : "done"));
        m.landProperty().addListener((o, was, now) -> states.add(now == null ? "no result" : "result"));
        m.setClaims("jp-claim", "ru-admin");
        m.activeProperty().set(true);

        assertThat(m.landComputingProperty().get()).isTrue();
        assertThat(m.landProperty().get()).isNull();
        assertThat(m.sharesTextProperty().get()).isEqualTo(UiText.get("compare.computing"));
        awaitLand(m);

        assertThat(states).containsExactly("computing", "done", "result");
        assertThat(m.comparison().claimA()).isEqualTo("jp-claim");
        assertThat(m.comparison().claimB()).isEqualTo("ru-admin");
    }

    @Test
    void quickChangesOfClaimsPublishOnlyTheLastComparison() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompareModel m = new CompareModel(explorer, tasks, new Analyses() {
            @Override
            public LandResult land(CompareKey key) {
                landCalls.add(key);
                started.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return LAND.computeIfAbsent(key, real::land);
            }

            @Override
            public MaritimeChange sea(CompareKey key, BooleanSupplier cancelled) {
                throw new AssertionError("no sea asked for");
            }
        });
        List<LandResult> published = new ArrayList<>();
        m.landProperty().addListener((o, was, now) -> published.add(now));
        m.setClaims("jp-claim", "ru-admin");
        m.activeProperty().set(true);
        assertThat(started.await(60, TimeUnit.SECONDS)).isTrue();

        /* The first comparison is under way; two more choices queue behind it. */
        m.setClaims("jp-claim", "declaration-1956");
        m.setClaims("ru-admin", "jp-claim");
        release.countDown();
        awaitLand(m);

        assertThat(landCalls).extracting(CompareKey::claimB).containsExactly("ru-admin", "jp-claim");
        assertThat(published).hasSize(1);
        assertThat(published.get(0).comparison().claimA()).isEqualTo("ru-admin");
        assertThat(m.comparison().claimB()).isEqualTo("jp-claim");
        assertThat(m.headingProperty().get()).startsWith("A: ").contains("B: ");
    }

    @Test
    void changingModeOrActiveOrTheOverlayDoesNotCompareAgain() throws Exception {
        CompareModel m = compared("jp-claim", "ru-admin");
        LandResult land = m.landProperty().get();

        m.modeProperty().set(Mode.SIDE_BY_SIDE);
        m.activeProperty().set(false);
        m.activeProperty().set(true);
        m.modeProperty().set(Mode.SWIPE);
        m.differenceShownProperty().set(false);
        m.splitProperty().set(0.3);

        assertThat(m.landComputingProperty().get()).isFalse();
        assertThat(delivered).isEmpty();
        assertThat(landCalls).hasSize(1);
        assertThat(m.landProperty().get()).isSameAs(land);
    }

    @Test
    void aCancelledSeaComputationPublishesNothing() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        /* Ignores the cancellation and returns figures: the model alone must drop them. */
        CompareModel m = model((key, cancelled) -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new CancellationException();
            }
            return fakeSea(key);
        });
        m.setClaims("jp-claim", "ru-admin");
        m.activeProperty().set(true);
        awaitLand(m);
        List<MaritimeChange> published = new ArrayList<>();
        m.seaProperty().addListener((o, was, now) -> published.add(now));

        m.seaWantedProperty().set(true);
        assertThat(m.seaComputingProperty().get()).isTrue();
        assertThat(started.await(60, TimeUnit.SECONDS)).isTrue();
        m.cancelSea();
        release.countDown();
        Runnable late = delivered.poll(60, TimeUnit.SECONDS);
        assertThat(late).isNotNull();
        late.run();

        assertThat(published).isEmpty();
        assertThat(m.seaProperty().get()).isNull();
        assertThat(m.seaComputingProperty().get()).isFalse();
        assertThat(m.seaWantedProperty().get()).isFalse();
        assertThat(m.seaTextProperty().get()).isEqualTo("Sea computation cancelled.");
        assertThat(reported).isEmpty();
    }

    @Test
    void theSeaIsPublishedAndCachedForTheClaimsAndDate() throws Exception {
        List<CompareKey> seaCalls = new ArrayList<>();
        CompareModel m = model((key, cancelled) -> {
            seaCalls.add(key);
            return fakeSea(key);
        });
        m.setClaims("jp-claim", "ru-admin");
        m.activeProperty().set(true);
        awaitLand(m);

        m.seaWantedProperty().set(true);
        delivered.poll(60, TimeUnit.SECONDS).run();
        MaritimeChange sea = m.seaProperty().get();
        assertThat(sea.claimB()).isEqualTo("ru-admin");
        assertThat(m.seaTextProperty().get()).contains("200-nm zone: 1.0 km² to Japan, 2.0 km² to Russia");

        m.seaWantedProperty().set(false);
        assertThat(m.seaProperty().get()).isNull();
        m.seaWantedProperty().set(true);
        assertThat(m.seaProperty().get()).isSameAs(sea);
        assertThat(seaCalls).containsExactly(new CompareKey("jp-claim", "ru-admin", DATE));
    }

    @Test
    void theSeaTickedWhileCompareModeIsOffIsComputedWhenItComesOn() throws Exception {
        CompareModel m = model((key, cancelled) -> fakeSea(key));
        m.setClaims("jp-claim", "ru-admin");
        m.activeProperty().set(true);
        awaitLand(m);
        m.activeProperty().set(false);

        m.seaWantedProperty().set(true);
        assertThat(m.seaComputingProperty().get()).isFalse();
        m.activeProperty().set(true);
        assertThat(m.seaComputingProperty().get()).isTrue();
        delivered.poll(60, TimeUnit.SECONDS).run();

        assertThat(m.seaProperty().get().claimA()).isEqualTo("jp-claim");
        assertThat(landCalls).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Viewpoint.class)
    void theWindowAndTheCommandLineWriteTheSameCsv(Viewpoint viewpoint) throws Exception {
        explorer.viewpointProperty().set(viewpoint);
        CompareModel m = compared("jp-claim", "declaration-1956");
        Path exported = dir.resolve("window-" + viewpoint + ".csv");
        m.exportCsv(exported);

        StringWriter cli = new StringWriter();
        CommandLine command = new CommandLine(new CompareCommand());
        command.setOut(new PrintWriter(cli));
        int exit = command.execute("jp-claim", "declaration-1956", "--date", DATE.toString(), "--format", "csv",
                "--no-maritime", "--viewpoint", viewpoint.code());

        assertThat(exit).isZero();
        assertThat(Files.readString(exported, StandardCharsets.UTF_8)).isEqualTo(cli.toString())
                .startsWith(ComparisonReport.CSV_HEADER);
    }

    @Test
    void theClaimLayerDrawnOnEachSideHasOnlyThatClaim() throws Exception {
        CompareModel m = model();
        var request = m.withClaim(explorer.overlayRequest(new MapViewport(44, 146, 7, 800,
                600)), "ru-admin");

        var claims = request.layers().stream().filter(v -> v.layer().id().equals("claims")).findFirst().orElseThrow();
        assertThat(claims.layer().features()).isNotEmpty()
                .allMatch(f -> "ru-admin".equals(f.string("claim")) && f.isValidAt(DATE));
        assertThat(m.label("ru-admin")).endsWith("(RU)");
    }

    private static MaritimeChange fakeSea(CompareKey key) {
        return new MaritimeChange(key.claimA(), key.claimB(), key.date(), null, null, null, null, 1, 2, 3, 4,
                MaritimeZonesOp.NOTICE);
    }
}
