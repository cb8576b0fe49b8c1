package org.claimscape.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.claimscape.analysis.Claims;
import org.claimscape.export.BriefingPackWriter;
import org.claimscape.export.BriefingPage;
import org.claimscape.export.BriefingPageRenderer;
import org.claimscape.export.BriefingWriter;
import org.claimscape.export.PdfBriefingWriter;
import org.claimscape.export.PngBriefingWriter;
import org.claimscape.export.SvgBriefingWriter;
import org.claimscape.io.BundledLayers;
import org.claimscape.io.GeoJsonReadResult;
import org.claimscape.io.LayerReadOptions;
import org.claimscape.io.WorkspaceReader;
import org.claimscape.io.format.LayerSource;
import org.claimscape.io.postgis.PostgisSource;
import org.claimscape.model.LayerIds;
import org.claimscape.model.PageLayout;
import org.claimscape.model.Viewpoint;
import org.claimscape.model.Workspace;
import org.claimscape.render.LayerStyle;
import org.claimscape.render.LayerView;
import org.claimscape.render.RenderText;
import org.claimscape.render.StyleCatalog;
import org.locationtech.jts.geom.Envelope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code export --out FILE ...}: writes a briefing map page as PDF, PNG or SVG from the bundled layers, with the
 * user's files and PostGIS tables on top.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a briefing map: title, date, viewpoint, legend, scale bar (km and nm),",
            "north arrow, locator, graticule and sources, as PDF (vector, selectable",
            "text), PNG or SVG."},
        footer = {"", "Layers: " + "events, places, projects, military, claims, islands, lakes, land, land-overview, "
            + "countries; or a layer file, or a PostGIS table as postgresql://user@host:port/db?table=t.",
            "Exit codes: 0 written, 1 cannot read the data or write the file, 2 usage error."})
public final class ExportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file.")
    Path out;

    @Option(names = "--format", paramLabel = "pdf|png|svg",
            description = "Output format; default: from the file extension.")
    String format;

    @Option(names = "--page", paramLabel = "a4|a3|letter", defaultValue = "a4",
            description = "Paper size (default ${DEFAULT-VALUE}).")
    String paper;

    @Option(names = "--landscape", description = "Landscape orientation (default portrait).")
    boolean landscape;

    @Option(names = "--dpi", paramLabel = "N", defaultValue = "300",
            description = "PNG resolution (default ${DEFAULT-VALUE}).")
    int dpi;

    @Option(names = "--title", paramLabel = "T", description = "Title (default: the island group's name under "
            + "the viewpoint).")
    String title;

    @Option(names = "--subtitle", paramLabel = "S", defaultValue = "", description = "Subtitle.")
    String subtitle;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "As-of date (default today).")
    String date;

    @Option(names = "--viewpoint", paramLabel = "neutral|ja|ru", defaultValue = "neutral",
            description = "Naming and disputed-land styling (default ${DEFAULT-VALUE}).")
    String viewpoint;

    @Option(names = "--layers", paramLabel = "LAYER", split = ",", splitSynopsisLabel = ",",
            description = "Layers to show (the basemap stays): bundled layer ids, layer files, or PostGIS tables as "
                    + "postgresql://user@host:port/db?table=t (password from PGPASSWORD or ~/.pgpass), drawn on top "
                    + "in automatic styles; default: the catalog's visible layers.")
    List<String> layers;

    @Option(names = "--bbox", paramLabel = "minLon,minLat,maxLon,maxLat",
            description = "Extent (default 144.6,42.9,149.4,45.9).")
    String bbox;

    @Option(names = "--handling", paramLabel = "TEXT", defaultValue = "",
            description = "Handling line printed at top and bottom.")
    String handling;

    @Option(names = "--workspace", paramLabel = "FILE",
            description = {"Render a saved .claimscape workspace: its layers (yours read again from their files),",
                "view, viewpoint, date, page settings and layout (legend, locator, text boxes, labels shown);",
                "options given as well override it."})
    Path workspace;

    @Option(names = "--compare", paramLabel = "A,B", split = ",",
            description = "Two claim ids (e.g. jp-claim,declaration-1956): draws the land in A only, B only and "
                    + "both, with the areas per island.")
    List<String> compare;

    @Option(names = "--pack", description = "Write a multi-page PDF briefing pack: overview, each disputed "
            + "island, the claim comparison (--compare, default jp-claim,declaration-1956) and the "
            + "militarization map and timeline.")
    boolean pack;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Workspace ws = null;
        if (workspace != null) {
            try {
                ws = new WorkspaceReader().read(workspace);
            } catch (IOException e) {
                err.println(e.getMessage());
                return 1;
            }
        }
        BriefingPage page = page();
        String fmt = format != null ? format.toLowerCase(Locale.ROOT) : extension(out);
        if (!List.of("pdf", "png", "svg").contains(fmt)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Cannot tell the format from '" + out + "': use --format pdf|png|svg");
        }
        if (pack && !fmt.equals("pdf")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--pack writes a PDF: use a .pdf file");
        }
        if (compare != null && compare.size() != 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--compare takes two claim ids: A,B");
        }
        BundledLayers bundled;
        try {
            bundled = BundledLayers.load();
        } catch (IOException e) {
            err.println("Cannot read the bundled layers: " + e.getMessage());
            return 1;
        }
        Map<String, LayerSource> sources = layers == null ? Map.of() : sources(bundled);
        List<LayerView> views = LayerView.fromCatalog(bundled.catalog(), bundled::layer);
        if (ws != null) {
            WorkspaceScene scene = WorkspaceScene.of(ws, bundled, StyleCatalog.standard(), err);
            views = scene.views();
            page = fromWorkspace(page, ws, scene.extent());
        }
        if (!sources.isEmpty()) {
            views = new ArrayList<>(views);
            List<String> ids = new ArrayList<>(layers);
            if (!drawOnTop(sources, bundled, views, ids, err)) {
                return 1;
            }
            page = page.withLayerIds(ids);
        }
        if (compare != null) {
            Claims claims = Claims.of(bundled.layer(LayerIds.CLAIMS));
            for (String id : compare) {
                if (!claims.contains(id)) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "Unknown claim '" + id
                            + "'; known: " + String.join(", ", claims.ids()));
                }
            }
        }
        long t0 = System.nanoTime();
        if (pack) {
            return writePack(page, bundled, views, o, err, t0);
        }
        try {
            BriefingPageRenderer pages = new BriefingPageRenderer();
            if (compare != null) {
                pages = pages.withComparison(BriefingPackWriter.comparison(bundled.layer(LayerIds.CLAIMS),
                        bundled.layer(LayerIds.ISLANDS), compare.get(0), compare.get(1), page.asOf()));
            }
            BriefingWriter writer = fmt.equals("pdf") ? new PdfBriefingWriter(pages)
                    : fmt.equals("png") ? new PngBriefingWriter(dpi, pages) : new SvgBriefingWriter(pages);
            BriefingPageRenderer.Result r = writer.write(page, views, out, () -> false);
            String size = fmt.equals("png")
                    ? String.format(Locale.ROOT, "%d × %d px at %d dpi", new PngBriefingWriter(dpi).pixelSize(page)[0],
                            new PngBriefingWriter(dpi).pixelSize(page)[1], dpi)
                    : String.format(Locale.ROOT, "%.0f × %.0f pt", page.width(), page.height());
            o.printf(Locale.ROOT, "Wrote %s (%s %s %s, %s, viewpoint %s, as of %s, %d legend entries) in %.1f s%n",
                    out, fmt.toUpperCase(Locale.ROOT), page.paper(), page.landscape() ? "landscape" : "portrait",
                    size, page.viewpoint().code(), page.asOf(), r.legend().size(), (System.nanoTime() - t0) / 1e9);
            o.flush();
            return 0;
        } catch (IOException e) {
            err.println("Cannot write " + out + ": " + e.getMessage());
            return 1;
        }
    }

    /*
     * The --layers items that are not bundled layers: files and tables, in their order. Anything else, or a URI
     * with a password or without a table, is a usage error before any file or server is read.
     */
    private Map<String, LayerSource> sources(BundledLayers bundled) {
        Map<String, LayerSource> out = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String item : layers) {
            if (bundled.catalog().ids().contains(item)) {
                continue;
            }
            try {
                LayerSource s = LayerSource.parse(item);
                if (s.isTable() || Files.isRegularFile(s.file())) {
                    out.put(item, s);
                    continue;
                }
            } catch (IllegalArgumentException e) {
                if (PostgisSource.isUri(item)) {
                    throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
                }
            }
            unknown.add(item);
        }
        if (!unknown.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Unknown layer(s): "
                    + String.join(", ", unknown) + "; known: " + String.join(", ", bundled.catalog().ids())
                    + "; or give a layer file or a postgresql://user@host:port/db?table=t table");
        }
        return out;
    }

    /*
     * Reads each file or table and puts it on top of the views, its item in ids replaced by its layer's id; false
     * (with the reason on err) when one has no feature to draw: a missing table, a refused password, no server.
     */
    private static boolean drawOnTop(Map<String, LayerSource> sources, BundledLayers bundled,
                                     List<LayerView> views, List<String> ids, PrintWriter err) {
        Set<String> taken = new HashSet<>(bundled.catalog().ids());
        views.forEach(v -> taken.add(v.layer().id()));
        List<LayerStyle> givenOut = new ArrayList<>();
        for (Map.Entry<String, LayerSource> item : sources.entrySet()) {
            LayerSource s = item.getValue();
            GeoJsonReadResult r = s.read(LayerReadOptions.defaults());
            if (r.features().isEmpty() && !r.errors().isEmpty()) {
                err.println("Cannot draw " + s.name() + ": " + r.errors().get(0).message());
                return false;
            }
            if (!r.isValid()) {
                err.println(s.name() + ": " + r.errors().size() + " errors; drawing its " + r.features().size()
                        + " valid features");
            } else if (r.features().isEmpty()) {
                err.println(s.name() + ": no features to draw");
            }
            String id = s.layerName();
            for (int n = 2; taken.contains(id); n++) {
                id = s.layerName() + "-" + n;
            }
            taken.add(id);
            String layerId = id;
            views.add(WorkspaceScene.userView(r.toPartialLayer(id, s.layerName()), null, givenOut,
                    StyleCatalog.standard(), true, 1.0));
            ids.replaceAll(i -> i.equals(item.getKey()) ? layerId : i);
        }
        return true;
    }

    private int writePack(BriefingPage page, BundledLayers bundled, List<LayerView> views, PrintWriter o,
                          PrintWriter err, long t0) {
        /* The pack's sheets have layouts of their own; the workspace's label choices apply to all of them. */
        BriefingPage base = page.withLayout(PageLayout.AUTOMATIC.withHiddenLabels(page.layout().hiddenLabels()));
        List<BriefingPackWriter.Sheet> sheets = BriefingPackWriter.standard(base, bundled::layer, compare);
        try {
            int n = new BriefingPackWriter().write(sheets, views, out, () -> false, null);
            o.printf(Locale.ROOT, "Wrote %s (PDF briefing pack, %d pages, %s %s, viewpoint %s, as of %s) in %.1f s%n",
                    out, n, page.paper(), page.landscape() ? "landscape" : "portrait", page.viewpoint().code(),
                    page.asOf(), (System.nanoTime() - t0) / 1e9);
            for (BriefingPackWriter.Sheet s : sheets) {
                o.println("  " + s.page().title());
            }
            o.flush();
            return 0;
        } catch (IOException e) {
            err.println("Cannot write " + out + ": " + e.getMessage());
            return 1;
        }
    }

    private BriefingPage page() {
        Viewpoint vp = Viewpoint.parse(viewpoint).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "Unknown viewpoint '" + viewpoint + "': use neutral, ja or ru"));
        BriefingPage.Paper p;
        try {
            p = BriefingPage.Paper.parse(paper);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Unknown page '" + paper
                    + "': use a4, a3 or letter");
        }
        LocalDate asOf = LocalDate.now();
        if (date != null) {
            try {
                asOf = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Bad --date '" + date
                        + "': use YYYY-MM-DD");
            }
        }
        if (dpi < 36 || dpi > 1200) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--dpi must be in 36..1200");
        }
        return new BriefingPage(p, landscape, BriefingPage.DEFAULT_MARGIN,
                title != null ? title : RenderText.islandGroupName(vp), subtitle, asOf, vp,
                layers == null ? List.of() : layers, bbox == null ? null : parseBbox(bbox), handling,
                compare == null ? List.of() : compare, PageLayout.AUTOMATIC);
    }

    /** The page with the workspace's settings where no option was given. */
    private BriefingPage fromWorkspace(BriefingPage p, Workspace w, Envelope extent) {
        CommandLine.ParseResult given = spec.commandLine().getParseResult();
        Workspace.Page wp = w.page();
        BriefingPage.Paper paper = p.paper();
        if (!given.hasMatchedOption("--page") && wp != null && wp.size() != null) {
            try {
                paper = BriefingPage.Paper.parse(wp.size());
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("Workspace page size '" + wp.size() + "' unknown; using "
                        + paper);
            }
        }
        boolean land = given.hasMatchedOption("--landscape") || wp == null ? p.landscape() : wp.landscape();
        Viewpoint vp = given.hasMatchedOption("--viewpoint") ? p.viewpoint() : w.viewpoint();
        String t = given.hasMatchedOption("--title") ? p.title()
                : wp != null && wp.title() != null ? wp.title() : RenderText.islandGroupName(vp);
        String sub = given.hasMatchedOption("--subtitle") || wp == null || wp.subtitle() == null ? p.subtitle()
                : wp.subtitle();
        String hand = given.hasMatchedOption("--handling") || wp == null || wp.handling() == null ? p.handling()
                : wp.handling();
        LocalDate asOf = given.hasMatchedOption("--date") || w.date() == null ? p.asOf() : w.date();
        if (!given.hasMatchedOption("--dpi") && wp != null && wp.dpi() >= 36 && wp.dpi() <= 1200) {
            dpi = wp.dpi();
        }
        Envelope box = given.hasMatchedOption("--bbox") || extent == null ? p.bbox() : extent;
        PageLayout layout = wp == null ? p.layout() : wp.layout();
        return new BriefingPage(paper, land, p.margin(), t, sub, asOf, vp, p.layerIds(), box, hand,
                p.compareIds(), layout);
    }

    private Envelope parseBbox(String text) {
        String[] parts = text.split(",");
        try {
            if (parts.length != 4) {
                throw new NumberFormatException();
            }
            double minLon = Double.parseDouble(parts[0].trim());
            double minLat = Double.parseDouble(parts[1].trim());
            double maxLon = Double.parseDouble(parts[2].trim());
            double maxLat = Double.parseDouble(parts[3].trim());
            if (minLon >= maxLon || minLat >= maxLat || minLat < -85 || maxLat > 85) {
                throw new NumberFormatException();
            }
            return new Envelope(minLon, maxLon, minLat, maxLat);
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Bad --bbox '" + text
                    + "': use minLon,minLat,maxLon,maxLat with min < max");
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
