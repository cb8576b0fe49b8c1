/** CSV and TSV layers (latitude/longitude or WKT columns), read and written with Apache Commons CSV. */
package org.claimscape.io.csv;
