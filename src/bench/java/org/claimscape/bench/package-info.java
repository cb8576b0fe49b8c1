// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Benchmarks of Claimscape against the tools users would pick instead (JTS jts-io-common, GDAL, Mapnik, QGIS):
 * JMH benchmark classes ({@code *Bench}), the inputs they share ({@link org.claimscape.bench.BenchData},
 * {@link org.claimscape.bench.MapScenes}) and the table that {@code src/bench/run.sh} prints
 * ({@link org.claimscape.bench.ResultTable}). Not part of the application: compiled in the Maven profile
 * {@code bench} (and with the tests, for {@code BenchSmokeTest}).
 */
package org.claimscape.bench;
