package org.claimscape.export;

import java.io.ByteArrayOutputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.XmpSerializer;
import org.claimscape.render.Fonts;
import org.claimscape.render.IconLibrary;

/**
 * Gets a fresh JVM ready to write a page while the command line is parsed and the bundled layers are read (the
 * jar's {@code export}, not the library: started by {@code app.Main}): loads the bundled fonts
 * (the Java ones; IPA Gothic is 6 MB), lays out a line of text, parses an icon (JSVG's XML parser) and builds a
 * PDF document and XMP metadata (PDFBox's and the XML serializer's classes). All of it is what the page would do
 * first anyway, on objects it shares safely (the fonts' and icons' caches) or throws away; the reading of the
 * layers keeps mostly one core busy (the claims file), so this takes the other's idle time off the page's path.
 */
public final class ExportWarmUp {

    private ExportWarmUp() {
    }

    /** Starts the warm-up on a daemon thread and returns at once; failures only cost the time they save. */
    public static void start() {
        Thread t = new Thread(ExportWarmUp::run, "claimscape-export-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static void run() {
        try {
            Fonts.layout("Kunashir / 国後島", 9, false);
            Fonts.layout("Iturup", 9, true);
            IconLibrary.shared().has(IconLibrary.FALLBACK);
            try (PDDocument doc = new PDDocument()) {
                doc.getDocumentCatalog();
            }
            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            xmp.createAndAddDublinCoreSchema().setTitle("warm-up");
            new XmpSerializer().serialize(xmp, new ByteArrayOutputStream(), true);
        } catch (Exception | LinkageError e) {
            Logger.getLogger(ExportWarmUp.class.getName()).log(Level.FINE, "export warm-up failed", e);
        }
    }
}
