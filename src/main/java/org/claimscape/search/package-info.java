/** Name search over the layers in any script (Latin, Japanese, Cyrillic); no JavaFX. */
package org.claimscape.search;
