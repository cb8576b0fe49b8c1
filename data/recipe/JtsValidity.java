import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * Checks every geometry of a tab-separated "file id WKT" dump with JTS IsValidOp, the validity model the app uses.
 * Run: java -cp jts-core-1.20.0.jar JtsValidity.java dump.tsv (the dump is written by check.py --wkt FILE).
 */
public class JtsValidity {
    public static void main(String[] args) throws Exception {
        WKTReader reader = new WKTReader();
        int n = 0, bad = 0;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]))) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split("\t", 3);
                Geometry g = reader.read(f[2]);
                IsValidOp op = new IsValidOp(g);
                n++;
                if (!op.isValid()) {
                    bad++;
                    System.out.println("INVALID " + f[0] + " " + f[1] + ": " + op.getValidationError());
                }
            }
        }
        System.out.println("JTS IsValidOp: " + n + " geometries, " + bad + " invalid");
        System.exit(bad == 0 ? 0 : 1);
    }
}
