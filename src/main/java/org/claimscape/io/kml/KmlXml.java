package org.claimscape.io.kml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Steps through a KML document's elements on a StAX reader: children, text, and elements skipped. Stateless. */
final class KmlXml {

    private KmlXml() {
    }

    /* Moves to the next child element of the current one; false at the current element's end. */
    static boolean nextChild(XMLStreamReader x) throws XMLStreamException {
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
            if (ev == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
        }
        return false;
    }

    /* The text of the current element (its children's text too); ends on its END_ELEMENT. */
    static String text(XMLStreamReader x) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0 && x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                    || ev == XMLStreamConstants.SPACE) {
                sb.append(x.getText());
            }
        }
        return sb.toString().strip();
    }

    /* Skips the current element and its children; ends on its END_ELEMENT. */
    static void skip(XMLStreamReader x) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }
}
