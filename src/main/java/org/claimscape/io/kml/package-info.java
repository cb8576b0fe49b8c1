/** KML 2.2 and KMZ layers, read and written with the JDK's streaming XML (StAX). No JavaFX here. */
package org.claimscape.io.kml;
