package org.claimscape.ui.data;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import org.claimscape.io.postgis.PostgisChanges;
import org.claimscape.io.postgis.PostgisConnection;
import org.claimscape.io.postgis.PostgisSpec;
import org.claimscape.io.postgis.PostgisTable;
import org.claimscape.ui.explorer.ExplorerContext;
import org.claimscape.ui.text.UiDialogs;
import org.claimscape.ui.text.UiText;

/**
 * Live updates of PostGIS layers: a trigger on the table (installed after asking) announces each committed change
 * with NOTIFY, and one listening connection per server, database and user reads the changed layers again. The
 * listener stops when no layer of its connection follows changes any more. FX thread only.
 */
final class PostgisLiveUpdates {

    private final PostgisLayers layers;
    private final ExplorerContext view;
    private final Map<String, PostgisChanges> listeners = new HashMap<>();

    PostgisLiveUpdates(PostgisLayers layers) {
        this.layers = layers;
        this.view = layers.view();
    }

    /** Follows (or stops following) other sessions' changes of a layer's table. */
    void set(PostgisLayer d, boolean on) {
        d.live = on;
        String key = PostgisLayers.key(d.spec);
        if (!on) {
            if (!anyFollows(key)) {
                PostgisChanges l = listeners.remove(key);
                if (l != null) {
                    closeLater(l);
                }
            }
            return;
        }
        PostgisTable table = d.table;
        d.lane.submit(UiText.get("pg.task.check-trigger", d.title()), job -> PostgisChanges.hasTrigger(
                layers.connection(d), table), has -> {
            if (!has && !confirmTrigger(d)) {
                d.live = false;
                return;
            }
            d.lane.submit(UiText.get("pg.task.install-trigger", d.title()), job -> {
                if (!has) {
                    PostgisChanges.installTrigger(layers.connection(d), table);
                }
                return null;
            }, x -> listen(d), e -> {
                d.live = false;
                layers.reportError(UiText.get("pg.live.failed", d.title()), PostgisDialog.explain(e));
            });
        }, e -> d.live = false);
    }

    private boolean anyFollows(String key) {
        return layers.all().stream().anyMatch(o -> o.live && PostgisLayers.key(o.spec).equals(key));
    }

    private boolean confirmTrigger(PostgisLayer d) {
        ButtonType install = UiDialogs.ok();
        Alert a = UiDialogs.alert(Alert.AlertType.CONFIRMATION, layers.window(),
                UiText.get("pg.live.header", d.title()),
                UiText.get("pg.live.confirm", PostgisChanges.TRIGGER, d.table.qualifiedName()), install,
                UiDialogs.cancel());
        a.getDialogPane().setMinWidth(520);
        return a.showAndWait().orElse(null) == install;
    }

    private void listen(PostgisLayer d) {
        String key = PostgisLayers.key(d.spec);
        if (listeners.containsKey(key)) {
            view.status(UiText.get("pg.live.following", d.title()));
            return;
        }
        PostgisSpec spec = d.spec.withoutTable();
        Executor follow = loop -> view.tasks().submit(UiText.get("pg.task.follow", key), job -> {
            loop.run();
            return null;
        }, x -> { });
        view.tasks().submit(UiText.get("pg.task.listen", key), job -> PostgisChanges.listen(
                PostgisConnection.open(spec, layers.password(spec)), follow,
                change -> Platform.runLater(() -> changed(change)),
                lost -> Platform.runLater(() -> {
                    listeners.remove(key);
                    view.status(UiText.get("pg.live.stopped", key, lost.getMessage()));
                })), l -> {
                    if (!anyFollows(key)) {
                        closeLater(l); // live updates were turned off, or the layer removed, meanwhile
                        return;
                    }
                    PostgisChanges old = listeners.put(key, l);
                    if (old != null) {
                        closeLater(old);
                    }
                    view.status(UiText.get("pg.live.following", d.title()));
                });
    }

    /* Closing waits for the listener's thread (up to half a second): not on the FX thread. */
    private void closeLater(PostgisChanges l) {
        view.tasks().submit(UiText.get("pg.task.stop-listening"), job -> {
            l.close();
            return null;
        }, x -> { });
    }

    private void changed(PostgisChanges.Change change) {
        for (PostgisLayer d : layers.all()) {
            if (d.live && change.isOf(d.table)) {
                view.status(UiText.get("pg.live.changed", d.title()));
                layers.readIfNeeded(d, true);
            }
        }
    }
}
