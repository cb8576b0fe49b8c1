/**
 * The data model: immutable features and layers with JTS geometries (x = longitude, y = latitude, WGS84).
 * No JavaFX, no I/O. Everything here is immutable and thread-safe unless a class says otherwise.
 */
package org.claimscape.model;
