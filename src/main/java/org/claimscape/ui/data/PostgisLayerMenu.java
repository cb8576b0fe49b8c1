package org.claimscape.ui.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.claimscape.render.StyleCatalog;
import org.claimscape.ui.explorer.ExplorerContext;
import org.claimscape.ui.explorer.LayerState;
import org.claimscape.ui.text.UiText;

/**
 * The layer panel's context menu for the user's layers: a PostGIS layer's own items (refresh, live updates,
 * edits, style, read report, remove), and the file layers' items with "Save to PostGIS Table…" added. Built
 * anew each time it opens, so it shows the layer's state then. FX thread only.
 */
final class PostgisLayerMenu {

    private final PostgisLayers layers;
    private final UserLayers users;
    private final ExplorerContext view;
    private final StyleCatalog styles;

    PostgisLayerMenu(PostgisLayers layers, UserLayers users) {
        this.layers = layers;
        this.users = users;
        this.view = layers.view();
        this.styles = view.model().styles();
    }

    List<MenuItem> items(LayerState s) {
        if (s == null) {
            return List.of();
        }
        MenuItem saveTo = new MenuItem(UiText.get("pg.menu.save-to-table"));
        saveTo.setId("pgSaveToTableItem");
        saveTo.setOnAction(e -> layers.saveToTable(s));
        PostgisLayer d = layers.layer(s.id());
        if (d == null) {
            List<MenuItem> items = new ArrayList<>(users.contextItems(s));
            if (!items.isEmpty()) {
                items.add(items.size() - 2, saveTo); // above the file layer's report and remove
            }
            return items;
        }
        String id = d.id;
        MenuItem refresh = new MenuItem(UiText.get("pg.menu.refresh"));
        refresh.setId("pgRefreshItem");
        refresh.setOnAction(e -> layers.refresh(id));
        CheckMenuItem live = new CheckMenuItem(UiText.get("pg.menu.live"));
        live.setId("pgLiveItem");
        live.setSelected(d.live);
        live.setDisable(d.table.view());
        live.setOnAction(e -> layers.setLive(id, live.isSelected()));
        MenuItem edit = new MenuItem(UiText.get("pg.menu.edit"));
        edit.setId("pgEditItem");
        edit.setOnAction(e -> layers.editSelected(id));
        MenuItem add = new MenuItem(UiText.get("pg.menu.add-point"));
        add.setId("pgAddPointItem");
        add.setOnAction(e -> layers.addPointAtCentre(id));
        boolean editable = d.table.isEditable();
        edit.setDisable(!editable);
        add.setDisable(!editable || !d.table.geometryType().toUpperCase(Locale.ROOT).matches("POINT|GEOMETRY"));
        MenuItem save = new MenuItem(UiText.get("pg.menu.save-edits", d.pending()));
        save.setId("pgSaveEditsItem");
        save.setDisable(d.pending() == 0);
        save.setOnAction(e -> layers.saveEdits(id));
        MenuItem discard = new MenuItem(UiText.get("pg.menu.discard"));
        discard.setDisable(d.pending() == 0);
        discard.setOnAction(e -> layers.discardEdits(id));
        MenuItem style = new MenuItem(UiText.get("data.menu.style"));
        style.setOnAction(e -> LayerStyleDialog.edit(layers.window(), s, styles.layerStyle(id), styles.icons())
                .ifPresent(r -> {
                    styles.setLayerStyle(id, r.style());
                    s.opacityProperty().set(r.opacity());
                    view.mapPane().overlay().invalidateContent();
                    view.layerList().refresh();
                    layers.changed();
                }));
        MenuItem report = new MenuItem(UiText.get("pg.menu.report"));
        report.setDisable(d.lastRead == null || d.lastRead.problems().isEmpty());
        report.setOnAction(e -> ProblemsDialog.show(layers.window(), d.lastRead));
        MenuItem remove = new MenuItem(UiText.get("data.menu.remove"));
        remove.setId("pgRemoveItem");
        remove.setOnAction(e -> layers.remove(id));
        return List.of(new SeparatorMenuItem(), refresh, live, new SeparatorMenuItem(), edit, add, save, discard,
                new SeparatorMenuItem(), style, saveTo, report, new SeparatorMenuItem(), remove);
    }
}
