package org.claimscape.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.stage.Stage;
import org.claimscape.io.WorkspaceReader;
import org.claimscape.io.WorkspaceWriter;
import org.claimscape.io.postgis.PostgisChanges;
import org.claimscape.io.postgis.PostgisConnection;
import org.claimscape.io.postgis.PostgisServer;
import org.claimscape.io.postgis.PostgisSpec;
import org.claimscape.model.Feature;
import org.claimscape.model.Workspace;
import org.claimscape.render.MapViewport;
import org.claimscape.ui.explorer.ExplorerModel;
import org.claimscape.ui.explorer.LayerState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * PostGIS tables as live layers of the explorer window (headless, TestFX), against the test server: reading what
 * the view needs, keeping what was read when a read fails, edits saved in one transaction, another session's
 * change arriving through LISTEN/NOTIFY, and workspaces that keep the connection without its password.
 */
@ExtendWith({PostgisServer.class, ApplicationExtension.class})
class PostgisLayersTest {

    @TempDir
    static Path tmp;

    private static PostgisServer.Database db;
    private UserDataFixture fx;
    private final List<String> errors = new ArrayList<>();
    private final AtomicInteger prompts = new AtomicInteger();

    @BeforeAll
    static void tables(PostgisServer.Database database) throws Exception {
        db = database;
        // 40 x 40 posts on a 0.25° grid over the Kurils, each valid for a decade from 1950 + (i % 4) * 10
        db.execute("CREATE TABLE posts (id serial PRIMARY KEY, name text, status text, valid_from date,"
                        + " valid_to date, geom geometry(Point, 3857))",
                "INSERT INTO posts (name, status, valid_from, valid_to, geom) SELECT 'post ' || i, 'open',"
                        + " make_date(1950 + (i % 4) * 10, 1, 1), make_date(1959 + (i % 4) * 10, 12, 31),"
                        + " ST_Transform(ST_SetSRID(ST_MakePoint(140 + (i % 40) * 0.25, 40 + (i / 40) * 0.25),"
                        + " 4326), 3857) FROM generate_series(0, 1599) i",
                "CREATE INDEX ON posts USING GIST (geom)", "ANALYZE posts",
                "CREATE TABLE keyless AS SELECT name, geom FROM posts"); // no primary key
    }

    @Start
    void start(Stage stage) throws IOException {
        fx = new UserDataFixture(Files.createTempDirectory(tmp, "case"));
        fx.start(stage);
    }

    @AfterEach
    void noNetwork() {
        fx.assertNoNetwork();
    }

    private PostgisLayers ready() throws Exception {
        fx.awaitReady();
        PostgisLayers p = fx.fileMenu.postgis();
        p.setErrorReporter((title, message) -> errors.add(title + ": " + message));
        p.setPasswordPrompt(spec -> {
            prompts.incrementAndGet();
            return Optional.of(PostgisServer.PASSWORD.toCharArray());
        });
        return p;
    }

    private LayerState openPosts(FxRobot robot, PostgisLayers p, double lat, double lon, double zoom)
            throws Exception {
        robot.interact(() -> fx.view.mapPane().navigator().setView(lat, lon, zoom));
        robot.interact(() -> p.open(db.spec().withTable("posts", null), new UserLayers.Preset("pg-posts", "Posts",
                null, true, 1.0), false));
        UserDataFixture.await(() -> fx.layer("pg-posts") != null && !fx.layer("pg-posts").layer().features().isEmpty());
        return fx.layer("pg-posts");
    }

    @Test
    void aTableReadsWhatTheViewNeedsAndAgainWhenTheViewMoves(FxRobot robot) throws Exception {
        PostgisLayers p = ready();
        LayerState s = openPosts(robot, p, 42, 142, 9);
        assertThat(prompts).as("no ~/.pgpass here: the password was asked once").hasValue(1);
        assertThat(s.group()).isEqualTo(UserLayers.GROUP);
        assertThat(s.layer().size()).isBetween(1, 1599); // a box around the view, not the table
        MapViewport v = fx.view.mapPane().navigator().viewport();
        assertThat(s.layer().features()).anyMatch(f -> v.bounds().contains(f.geometry().getCoordinate()));

        robot.interact(() -> fx.view.mapPane().navigator().setView(49, 149, 9));
        UserDataFixture.await(() -> s.layer().features().stream().anyMatch(f -> f.geometry().getCoordinate().x > 148));
        assertThat(s.layer().features()).noneMatch(f -> f.geometry().getCoordinate().x < 146);

        /* Feature info and dates, as for a file layer. */
        Feature f = s.layer().features().get(0);
        MapViewport now = fx.view.mapPane().navigator().viewport();
        List<ExplorerModel.Pick> picks = UserDataFixture.onFx(() -> fx.view.model().pick(now,
                now.x(f.geometry().getCoordinate().x), now.y(f.geometry().getCoordinate().y), 7));
        assertThat(picks).extracting(ExplorerModel.Pick::layerId).contains("pg-posts");
        LocalDate from = f.validity().from();
        assertThat(s.layer().featuresAt(from).size()).isLessThan(s.layer().size()).isGreaterThan(0);
        assertThat(errors).isEmpty();
    }

    @Test
    void aRowOfATableWithoutAKeyStaysSelectedInTheAttributeTableWhenTheLayerIsReadAgain(FxRobot robot)
            throws Exception {
        PostgisLayers p = ready();
        robot.interact(() -> fx.view.mapPane().navigator().setView(42, 142, 9));
        robot.interact(() -> p.open(db.spec().withTable("keyless", null), new UserLayers.Preset("pg-keyless",
                "Keyless", null, true, 1.0), false));
        UserDataFixture.await(() -> fx.layer("pg-keyless") != null
                && !fx.layer("pg-keyless").layer().features().isEmpty());
        LayerState s = fx.layer("pg-keyless");
        Stage stage = UserDataFixture.onFx(() -> fx.view.attributeTables().open(s));
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<Feature> table = (javafx.scene.control.TableView<Feature>) stage.getScene()
                .lookup("#attributeTable");
        UserDataFixture.await(() -> table.getItems().size() == s.layer().size());
        Feature chosen = s.layer().features().get(s.layer().size() / 2);
        robot.interact(() -> fx.view.model().selectedProperty().set(new ExplorerModel.Pick("pg-keyless", "Keyless",
                chosen)));
        UserDataFixture.await(() -> table.getSelectionModel().getSelectedItem() == chosen);

        /* Read again: new features for the same rows; the table follows and keeps the row selected. */
        var before = s.layer();
        robot.interact(() -> p.refresh("pg-keyless"));
        UserDataFixture.await(() -> s.layer() != before && table.getItems().size() == s.layer().size()
                && table.getItems().get(0) != before.features().get(0)
                && table.getSelectionModel().getSelectedItem() != chosen);
        Feature selected = table.getSelectionModel().getSelectedItem();
        assertThat(selected).as("the row is still selected").isNotNull();
        assertThat(selected.id()).isEqualTo(chosen.id()).isNotNull();
        assertThat(selected.geometry().equalsExact(chosen.geometry())).isTrue();
        assertThat(selected.properties()).isEqualTo(chosen.properties());
        assertThat(s.layer().features()).extracting(Feature::id).doesNotHaveDuplicates();
        robot.interact(stage::close);
        assertThat(errors).isEmpty();
    }

    @Test
    void aFailedReadKeepsWhatTheLayerShowsAndTheWindowStaysUsable(FxRobot robot) throws Exception {
        PostgisLayers p = ready();
        LayerState s = openPosts(robot, p, 42, 142, 9);
        int shown = s.layer().size();
        db.execute("ALTER TABLE posts RENAME TO posts_away");
        try {
            robot.interact(() -> p.refresh("pg-posts"));
            UserDataFixture.await(() -> p.lastRead("pg-posts") != null && !p.lastRead("pg-posts").isComplete());
            assertThat(p.lastRead("pg-posts").errors().get(0).message()).contains("posts");
            assertThat(s.layer().size()).isEqualTo(shown);
            assertThat(fx.view.model().layer("pg-posts")).isSameAs(s);
        } finally {
            db.execute("ALTER TABLE posts_away RENAME TO posts");
        }
        robot.interact(() -> p.refresh("pg-posts"));
        UserDataFixture.await(() -> p.lastRead("pg-posts").isComplete());
        assertThat(s.layer().size()).isEqualTo(shown);
    }

    @Test
    void editsAreShownAtOnceSavedTogetherAndAnotherSessionsChangeArrivesLive(FxRobot robot) throws Exception {
        try (PostgisConnection c = PostgisConnection.open(db.spec(), PostgisServer.PASSWORD.toCharArray())) {
            PostgisChanges.installTrigger(c, c.table(db.spec().withTable("posts", null)));
        }
        PostgisLayers p = ready();
        LayerState s = openPosts(robot, p, 42, 142, 9);
        robot.interact(() -> p.setLive("pg-posts", true));
        Feature f = s.layer().features().get(0);
        robot.interact(() -> {
            p.edit("pg-posts", f, Map.of("status", "inspected"));
            p.addPoint("pg-posts", 142.01, 42.01, Map.of("name", "new post", "valid_from", "2020-05-01"));
        });
        assertThat(p.pendingEdits("pg-posts")).isEqualTo(2);
        assertThat(s.layer().feature(f.id()).string("status")).isEqualTo("inspected");
        assertThat(s.layer().features()).anyMatch(x -> "new post".equals(x.string("name")));
        assertThat(count("SELECT count(*) FROM posts WHERE status = 'inspected' OR name = 'new post'")).isZero();

        robot.interact(() -> p.saveEdits("pg-posts"));
        UserDataFixture.await(() -> p.pendingEdits("pg-posts") == 0);
        assertThat(count("SELECT count(*) FROM posts WHERE id = " + f.id() + " AND status = 'inspected'"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM posts WHERE name = 'new post' AND valid_from = '2020-05-01'"))
                .isEqualTo(1);

        /* Another user renames the feature: the trigger's notification makes the layer read it again. */
        db.execute("UPDATE posts SET name = 'renamed elsewhere' WHERE id = " + f.id());
        UserDataFixture.await(() -> s.layer().feature(f.id()) != null
                && "renamed elsewhere".equals(s.layer().feature(f.id()).string("name")));
        assertThat(errors).isEmpty();
        robot.interact(() -> p.setLive("pg-posts", false));
    }

    @Test
    void aWorkspaceKeepsTheConnectionWithoutThePasswordAndReopensTheLayer(FxRobot robot) throws Exception {
        PostgisLayers p = ready();
        openPosts(robot, p, 42, 142, 9);
        Workspace w = UserDataFixture.onFx(() -> fx.fileMenu.session().capture());
        Workspace.LayerEntry e = w.layers().stream().filter(x -> x.id().equals("pg-posts")).findFirst().orElseThrow();
        assertThat(e.isDatabase()).isTrue();
        assertThat(PostgisSpec.parse(e.database()).table()).isEqualTo("posts");
        Path file = fx.dir.resolve("team.claimscape");
        new WorkspaceWriter().write(w, file);
        assertThat(Files.readString(file)).contains("\"source\" : \"postgis\"").contains("table=posts")
                .doesNotContain(PostgisServer.PASSWORD);

        Workspace back = new WorkspaceReader().read(file);
        robot.interact(() -> fx.fileMenu.session().restore(back));
        UserDataFixture.await(() -> fx.layer("pg-posts") != null && !fx.layer("pg-posts").layer().features().isEmpty());
        assertThat(fx.layer("pg-posts").title()).isEqualTo("Posts");
        assertThat(prompts).as("the password is kept for the session, not asked again").hasValue(1);
        assertThat(errors).isEmpty();
    }

    private static long count(String sql) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet r = st.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
