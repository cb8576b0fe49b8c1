package org.claimscape.render;

import static org.claimscape.render.StyleCatalog.COAST;
import static org.claimscape.render.StyleCatalog.HATCH;
import static org.claimscape.render.StyleCatalog.LAND;
import static org.claimscape.render.StyleCatalog.LAND_DISPUTED;
import static org.claimscape.render.StyleCatalog.LAND_JP;
import static org.claimscape.render.StyleCatalog.LAND_RU;
import static org.claimscape.render.StyleCatalog.SEA;

import java.awt.Color;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.claimscape.model.Feature;
import org.claimscape.model.Viewpoint;
import org.claimscape.render.SovereigntyAtDate.Arrangement;
import org.claimscape.render.SovereigntyAtDate.Holder;

/**
 * Land coloured by who held it on the map's date ({@link SovereigntyAtDate}): Japan's colour, Russia's, hatched
 * where both had a say (undivided Sakhalin 1855–1875; the disputed islands under the neutral viewpoint), plain
 * before 1855. Only the present dispute depends on the viewpoint; historical holders are the same in every view.
 */
final class LandStyle {

    private LandStyle() {
    }

    /** The style of a land polygon held by the holder, under the viewpoint. */
    static MapStyle of(Holder holder, Viewpoint viewpoint, boolean named) {
        // SPLIT is drawn Russian; MapRenderer paints the part south of 50°N again in Japan's colour.
        MapStyle base = MapStyle.area(fill(holder, viewpoint), COAST, 0.7f).withLabel(named ? 3 : 0, 13f, true);
        return hatched(holder, viewpoint) ? base.withHatch(HATCH) : base;
    }

    private static Color fill(Holder holder, Viewpoint viewpoint) {
        return switch (holder) {
            case JAPAN -> LAND_JP;
            case RUSSIA, SPLIT -> LAND_RU;
            case JOINT -> LAND_DISPUTED;
            case DISPUTED -> viewpoint == Viewpoint.JAPANESE ? LAND_JP
                    : viewpoint == Viewpoint.RUSSIAN ? LAND_RU : LAND_DISPUTED;
            case NONE -> LAND;
        };
    }

    private static boolean hatched(Holder holder, Viewpoint viewpoint) {
        return holder == Holder.JOINT || (holder == Holder.DISPUTED && viewpoint == Viewpoint.NEUTRAL);
    }

    /**
     * One legend entry per holder drawn among the features, in a fixed order, under the heading of the
     * arrangement in force; then the sea.
     */
    static void legend(List<LegendEntry> out, String layerId, List<Feature> features, Viewpoint viewpoint,
                       SovereigntyAtDate sovereignty, IconLibrary icons) {
        Set<Holder> drawn = EnumSet.noneOf(Holder.class);
        for (Feature f : features) {
            Holder h = sovereignty.holder(f);
            drawn.addAll(h == Holder.SPLIT ? List.of(Holder.JAPAN, Holder.RUSSIA) : List.of(h));
        }
        Arrangement a = sovereignty.arrangement();
        String group = RenderText.get(viewpoint, "arrangement." + a.key());
        for (Holder h : Holder.values()) {
            if (drawn.contains(h) && h != Holder.SPLIT) {
                out.add(new LegendEntry(layerId, group, label(h, a, viewpoint), LegendEntry.Kind.AREA,
                        of(h, viewpoint, false), icons));
            }
        }
        out.add(new LegendEntry(layerId, group, RenderText.get(viewpoint, "sea"), LegendEntry.Kind.AREA,
                MapStyle.area(SEA, null, 0f), icons));
    }

    private static String label(Holder h, Arrangement a, Viewpoint viewpoint) {
        return RenderText.get(viewpoint, switch (h) {
            case JAPAN -> "land.jp";
            case RUSSIA -> a == Arrangement.SOVIET ? "land.ru.soviet" : "land.ru";
            case JOINT -> "land.joint";
            case DISPUTED -> viewpoint == Viewpoint.NEUTRAL ? "land.disputed" : "land.disputed." + viewpoint.code();
            case NONE, SPLIT -> "land";
        });
    }
}
