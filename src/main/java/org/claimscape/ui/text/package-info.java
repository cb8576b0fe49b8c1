/**
 * The window's language: its words from the {@code UiText*.properties} bundles (English, Japanese, Russian; the
 * same keys in each), its dates and numbers as the language writes them, the language chosen in Settings or
 * taken from the system, and the bundled fonts every control draws with. Every other package of the window
 * builds on this one; it knows none of them.
 */
package org.claimscape.ui.text;
