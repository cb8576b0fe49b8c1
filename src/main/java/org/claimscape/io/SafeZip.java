package org.claimscape.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Zip archives read with care (KMZ, zipped Shapefiles): a file that is not a zip is told apart before unzipping,
 * and what an entry expands to is counted as it is read, so that a zip bomb (a small file that expands to
 * gigabytes, whatever its directory claims) stops with a message instead of filling the memory or the disk.
 */
public final class SafeZip {

    /** An entry may expand to this many times its compressed size; text compresses 5 to 20 times, rarely 100. */
    public static final long MAX_RATIO = 200;
    /** Below this much, any ratio is fine (a tiny file of repeated text compresses a thousandfold). */
    public static final long SMALL_BYTES = 16L << 20;

    private SafeZip() {
    }

    /** Whether the file starts as a zip archive does ({@code PK\3\4}, or {@code PK\5\6} for an empty one). */
    public static boolean looksLikeZip(Path file) throws IOException {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 4) < 4) {
                return false;
            }
        }
        return head[0] == 'P' && head[1] == 'K' && (head[2] == 3 && head[3] == 4 || head[2] == 5 && head[3] == 6);
    }

    /** The most an entry of this compressed size may expand to. */
    public static long limitFor(long compressedBytes) {
        return Math.max(SMALL_BYTES, Math.max(0, compressedBytes) * MAX_RATIO);
    }

    /**
     * A stream over an entry's bytes that fails with an {@link IOException} naming the zip bomb once more than
     * {@code limit} bytes came out.
     */
    public static InputStream limited(InputStream entry, String name, long limit) {
        return new FilterInputStream(entry) {
            private long count;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(int n) throws IOException {
                count += n;
                if (count > limit) {
                    throw new IOException(name + " expands to more than " + (limit >> 20) + " MB, over "
                            + MAX_RATIO + " times its packed size: refused as a possible zip bomb");
                }
            }
        };
    }

    /** Whether an entry's name is safe to extract under a folder: relative, no {@code ..}, no drive letter. */
    public static boolean safeName(String name) {
        String n = name.replace('\\', '/');
        return !n.isEmpty() && !n.startsWith("/") && !n.contains(":") && !n.equals("..") && !n.startsWith("../")
                && !n.contains("/../") && !n.endsWith("/..");
    }
}
