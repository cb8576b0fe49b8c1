package org.claimscape.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.claimscape.analysis.ClaimComparisonOp;
import org.claimscape.analysis.Claims;
import org.claimscape.io.AtomicFiles;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.claimscape.model.LayerIds;
import org.claimscape.model.Precision;
import org.claimscape.render.LayerView;
import org.claimscape.render.MapRenderer;
import org.claimscape.render.RenderText;
import org.locationtech.jts.geom.Envelope;

/**
 * Writes a briefing pack: several pages in one PDF, like a QGIS atlas (overview, one page per disputed island,
 * a claim comparison, the militarization timeline), with a bookmark per page, and a Sources annex listing every
 * source the pages cite, numbered as their footers cite them. Same layout, fonts and renderer as the one-page
 * PDF. Thread-safe: every write uses its own document.
 */
public final class BriefingPackWriter {

    /** One page of a pack. */
    public sealed interface Sheet permits MapSheet, TimelineSheet {
        /** The page settings (paper, texts, date, viewpoint). */
        BriefingPage page();
    }

    /**
     * A map page, with a claim comparison drawn on it or not (null), an island's fact box or not (null), and
     * detail insets. Immutable.
     */
    public record MapSheet(BriefingPage page, ComparisonOverlay comparison, FactBox factBox,
                           List<DetailInset> insets) implements Sheet {

        public MapSheet {
            insets = List.copyOf(insets);
        }

        public MapSheet(BriefingPage page, ComparisonOverlay comparison) {
            this(page, comparison, null, List.of());
        }
    }

    /** The militarization timeline page. Immutable. */
    public record TimelineSheet(BriefingPage page, MilitarizationTimeline timeline) implements Sheet {
    }

    /** The disputed islands of the pack, with the islands-layer ids (or group) that make each one. */
    static final List<String[]> ISLANDS = List.of(new String[] {"iturup", "Iturup / Etorofu"},
            new String[] {"kunashir", "Kunashir / Kunashiri"}, new String[] {"shikotan", "Shikotan"},
            new String[] {"habomai", "Habomai group"});

    private final MapRenderer renderer;

    public BriefingPackWriter() {
        this(new MapRenderer());
    }

    public BriefingPackWriter(MapRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * The standard pack from a base page (paper, date, viewpoint, handling line): the overview, Iturup,
     * Kunashir, Shikotan, the Habomai group (each zoomed to its land), the claim comparison (claims
     * {@code compareIds}, default jp-claim vs declaration-1956) and the militarization map and timeline
     * (1978–2022).
     */
    public static List<Sheet> standard(BriefingPage base, Function<String, Layer> layers, List<String> compareIds) {
        List<Sheet> out = new ArrayList<>();
        String group = base.viewpoint().islandGroupName();
        out.add(new MapSheet(base.withTitle(group + " — overview")
                .withSubtitle(base.subtitle().isEmpty() ? "The disputed islands, claims, military sites, projects "
                        + "and places" : base.subtitle()), null));
        Layer islands = layers.apply(LayerIds.ISLANDS);
        for (String[] island : ISLANDS) {
            Envelope e = islandExtent(islands, island[0]);
            if (e == null) {
                continue;
            }
            String name = islandName(islands, island[0], base, island[1]);
            FactBox facts = FactBox.of(islands, layers.apply(LayerIds.PLACES), island[0], base.viewpoint())
                    .orElse(null);
            out.add(new MapSheet(base.withTitle(name).withSubtitle(group + " — island sheet")
                    .withBbox(e), null, facts, List.of()));
        }
        List<String> ids = compareIds == null || compareIds.size() != 2
                ? List.of("jp-claim", Claims.FORMULA_1956) : compareIds;
        Layer claims = layers.apply(LayerIds.CLAIMS);
        if (claims != null && islands != null) {
            out.add(new MapSheet(base.withTitle("Claim comparison")
                    .withSubtitle(group + ": land by claim (A: " + ids.get(0) + ", B: " + ids.get(1) + ")")
                    .withLayerIds(List.of(LayerIds.ISLANDS)),
                    comparison(claims, islands, ids.get(0), ids.get(1), base.asOf())));
        }
        Layer military = layers.apply(LayerIds.MILITARY);
        if (military != null) {
            // The page is about the four islands; sites further up the chain get detail insets of their own.
            Envelope e = new Envelope();
            for (String[] island : ISLANDS) {
                Envelope ie = islandExtent(islands, island[0]);
                if (ie != null) {
                    e.expandToInclude(ie);
                }
            }
            if (e.isNull()) {
                e = BriefingPage.DEFAULT_BBOX;
            }
            out.add(new MapSheet(base.withTitle("Militarization: military sites")
                    .withSubtitle("Garrisons, missile and air-defence units, airfields and border posts (as of "
                            + "the date above)").withLayerIds(List.of(LayerIds.MILITARY, LayerIds.CLAIMS)).withBbox(e),
                    null, null, detailInsets(military, e, base)));
            out.add(new TimelineSheet(base.withTitle("Militarization timeline 1978–2022")
                    .withSubtitle("From the 18th Machine Gun Artillery Division (1978) to coastal missile systems "
                            + "in the central and northern Kurils (2022)"),
                    new MilitarizationTimeline(military, 1978, 2022)));
        }
        return out;
    }

    /*
     * One inset per island with sites valid at the page's date outside the main extent (Matua, Paramushir): the
     * sites' extent, padded to show the island around them (more when the site is known only to the island).
     */
    static List<DetailInset> detailInsets(Layer layer, Envelope main, BriefingPage page) {
        Map<String, Envelope> byIsland = new LinkedHashMap<>();
        Map<String, Boolean> islandOnly = new HashMap<>();
        for (Feature f : layer.features()) {
            if (f.geometry() == null || !f.isValidAt(page.asOf()) || f.string("island") == null
                    || main.intersects(f.geometry().getEnvelopeInternal())) {
                continue;
            }
            byIsland.computeIfAbsent(f.string("island"), k -> new Envelope())
                    .expandToInclude(f.geometry().getEnvelopeInternal());
            if (f.precision().orElse(null) == Precision.ISLAND) {
                islandOnly.put(f.string("island"), true);
            }
        }
        List<DetailInset> out = new ArrayList<>();
        for (Map.Entry<String, Envelope> en : byIsland.entrySet()) {
            Envelope e = new Envelope(en.getValue());
            double pad = islandOnly.getOrDefault(en.getKey(), false) ? 0.45 : 0.12;
            e.expandBy(pad / Math.cos(Math.toRadians(e.centre().y)), pad);
            String key = "island." + en.getKey();
            String name = RenderText.has(key) ? RenderText.get(page.viewpoint(), key) : en.getKey();
            out.add(new DetailInset(String.format(Locale.ROOT, "%s (%.1f°N %.1f°E)", name, e.centre().y,
                    e.centre().x), e));
        }
        return out;
    }

    /** The renderer that draws a map sheet: its comparison, fact box and insets included. */
    public static BriefingPageRenderer pageRenderer(MapRenderer renderer, MapSheet sheet) {
        BriefingPageRenderer pages = new BriefingPageRenderer(renderer);
        if (sheet.comparison() != null) {
            pages = pages.withComparison(sheet.comparison());
        }
        return pages.withFactBox(sheet.factBox()).withInsets(sheet.insets());
    }

    /** The comparison overlay of two claims on a date. */
    public static ComparisonOverlay comparison(Layer claimsLayer, Layer islandsLayer, String a, String b,
                                               LocalDate date) {
        ClaimComparisonOp op = new ClaimComparisonOp(claimsLayer, islandsLayer);
        return new ComparisonOverlay(op.difference(a, b, date), op.compare(a, b, date), op.claims().title(a, date),
                op.claims().title(b, date));
    }

    /* The land of an island (or of all islets of a group), padded so the coast does not touch the frame. */
    static Envelope islandExtent(Layer islands, String id) {
        if (islands == null) {
            return null;
        }
        Envelope e = new Envelope();
        for (Feature f : islands.features()) {
            if (f.geometry() != null && (id.equals(f.id()) || id.equals(f.string("group")))) {
                e.expandToInclude(f.geometry().getEnvelopeInternal());
            }
        }
        if (e.isNull()) {
            return null;
        }
        double pad = Math.max(e.getWidth(), e.getHeight()) * 0.12 + 0.02;
        e.expandBy(pad, pad);
        return e;
    }

    private static String islandName(Layer islands, String id, BriefingPage base, String fallback) {
        Feature f = islands.feature(id);
        return f == null ? fallback : f.label(base.viewpoint());
    }

    /**
     * Writes the sheets as one PDF.
     *
     * @param layers    the available layers, bottom first
     * @param cancelled polled while drawing; when it turns true nothing is written
     * @param progress  told (pages done, pages) after each page; may be null
     * @return the number of pages written, the Sources annex included
     * @throws CancellationException when cancelled
     */
    public int write(List<Sheet> sheets, List<LayerView> layers, Path target, BooleanSupplier cancelled,
                     BiConsumer<Integer, Integer> progress) throws IOException {
        BooleanSupplier stop = cancelled == null ? () -> false : cancelled;
        BundledFontTextDrawer fonts = new BundledFontTextDrawer();
        try (PDDocument doc = new PDDocument()) {
            PdfStructureBuilder tags = new PdfStructureBuilder(doc);
            BriefingPage first = sheets.isEmpty() ? BriefingPage.defaults() : sheets.get(0).page();
            SourceList sources = SourceList.withBundledKey();
            sources.setAnnexPlace(RenderText.format(first.viewpoint(), "sources.page", sheets.size() + 1));
            PDDocumentOutline outline = new PDDocumentOutline();
            doc.getDocumentCatalog().setDocumentOutline(outline);
            int done = 0;
            for (Sheet sheet : sheets) {
                BriefingPage page = sheet.page();
                PdfBriefingWriter.Sheet pdfSheet = PdfBriefingWriter.Sheet.add(doc, page, fonts);
                PdfBoxGraphics2D g = pdfSheet.graphics();
                try {
                    if (sheet instanceof MapSheet ms) {
                        BriefingPageRenderer pages = pageRenderer(renderer, ms).withSources(sources);
                        if (!pages.render(g, page, layers, stop).complete()) {
                            throw new CancellationException("export cancelled");
                        }
                    } else if (sheet instanceof TimelineSheet ts) {
                        ts.timeline().draw(g, page, sources);
                    }
                } finally {
                    g.dispose();
                }
                if (stop.getAsBoolean()) {
                    throw new CancellationException("export cancelled");
                }
                pdfSheet.place(tags, page.title());
                outline.addLast(bookmark(page.title(), pdfSheet.pdfPage()));
                done++;
                if (progress != null) {
                    progress.accept(done, sheets.size());
                }
            }
            if (!sources.isEmpty()) {
                List<PDPage> annex = PdfBriefingWriter.addAnnex(doc, tags, first, sources, fonts);
                outline.addLast(bookmark(RenderText.get(first.viewpoint(), "sources.title"), annex.get(0)));
                done += annex.size();
            }
            outline.openNode();
            doc.getDocumentInformation().setKeywords("as of " + first.asOf() + "; viewpoint "
                    + first.viewpoint().code());
            tags.finish(first.viewpoint().islandGroupName() + " — briefing pack",
                    "Briefing pack: overview, islands, claim comparison, militarization timeline, sources",
                    RenderText.locale(first.viewpoint()));
            AtomicFiles.write(target, doc::save);
            return done;
        } finally {
            fonts.close();
        }
    }

    private static PDOutlineItem bookmark(String title, PDPage page) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        PDPageFitDestination dest = new PDPageFitDestination();
        dest.setPage(page);
        item.setDestination(dest);
        return item;
    }
}
