package org.claimscape.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Makes a briefing PDF a tagged one, as far as its drawing allows: a structure tree with a {@code Document}
 * element holding one {@code Sect} per page (titled with the page title) whose content is the page's marked
 * content, a {@code Link} element per link annotation, {@code MarkInfo /Marked true}, the document language,
 * the title in the document information and in XMP, shown by viewers instead of the file name.
 *
 * <p>The page is drawn through a Graphics2D bridge as one form, so text within a page is not split into
 * headings and paragraphs: a screen reader reads a page in drawing order. One instance per document; not
 * thread-safe.
 */
final class PdfStructureBuilder {

    private final PDDocument doc;
    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement document;
    private final Map<Integer, COSObjectable> parents = new LinkedHashMap<>();
    private final Map<COSDictionary, PDStructureElement> sections = new IdentityHashMap<>();

    PdfStructureBuilder(PDDocument doc) {
        this.doc = doc;
        doc.getDocumentCatalog().setStructureTreeRoot(root);
        document = new PDStructureElement("Document", root);
        root.appendKid(document);
    }

    /**
     * Puts the drawn form on the page as the marked content of a new section titled with the page title.
     */
    void placeSection(PDPage page, PDFormXObject form, String title) throws IOException {
        PDStructureElement sect = new PDStructureElement("Sect", document);
        sect.setTitle(title);
        sect.setPage(page);
        document.appendKid(sect);
        sections.put(page.getCOSObject(), sect);
        int key = parents.size();
        page.setStructParents(key);
        COSArray byMcid = new COSArray();
        byMcid.add(sect);
        parents.put(key, byMcid);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                true)) {
            cs.beginMarkedContent(COSName.getPDFName("Sect"), 0);
            cs.drawForm(form);
            cs.endMarkedContent();
        }
        sect.appendKid(0);
    }

    /** Adds the annotation (a link) to the page and to the structure, under the page's section. */
    void addLink(PDPage page, PDAnnotation link, String description) throws IOException {
        page.getAnnotations().add(link);
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
        PDStructureElement sect = sections.get(page.getCOSObject());
        if (sect == null) {
            throw new IllegalStateException("the page has no section: place it first");
        }
        PDStructureElement element = new PDStructureElement("Link", sect);
        element.setAlternateDescription(description);
        element.setPage(page);
        PDObjectReference ref = new PDObjectReference();
        ref.setReferencedObject(link);
        ref.setPage(page);
        element.appendKid(ref);
        sect.appendKid(element);
        link.setContents(description);
        int key = parents.size();
        link.setStructParent(key);
        parents.put(key, element);
    }

    /**
     * Finishes the document: parent tree, marked flag, language, title (information and XMP) and the
     * display of the title.
     */
    void finish(String title, String subject, Locale language) throws IOException {
        PDNumberTreeNode tree = new PDNumberTreeNode(COSObjectable.class);
        tree.setNumbers(parents);
        root.setParentTree(tree);
        root.setParentTreeNextKey(parents.size());

        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        catalog.setMarkInfo(mark);
        catalog.setLanguage(language.toLanguageTag());
        PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
        prefs.setDisplayDocTitle(true);
        catalog.setViewerPreferences(prefs);

        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setSubject(subject);
        info.setCreator("Claimscape");
        info.setProducer("Claimscape (PDFBox)");
        Calendar now = Calendar.getInstance();
        info.setCreationDate(now);

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(title);
        dc.setDescription(subject);
        dc.addLanguage(language.toLanguageTag());
        dc.setFormat("application/pdf");
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool("Claimscape");
        basic.setCreateDate(now);
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer("Claimscape (PDFBox)");
        if (info.getKeywords() != null) {
            pdf.setKeywords(info.getKeywords());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, bytes, true);
        } catch (TransformerException e) {
            throw new IOException("cannot write the XMP metadata: " + e.getMessage(), e);
        }
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(bytes.toByteArray());
        catalog.setMetadata(metadata);
    }
}
