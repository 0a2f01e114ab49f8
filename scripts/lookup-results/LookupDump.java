import dev.shirabe.inventory.*;
import dev.shirabe.subject.*;
import java.io.*;
import java.lang.reflect.Method;
import java.nio.file.*;

/**
 * Writes out the results of the lookup benchmark's lookups, whole, to compare two builds:
 *
 * <pre>
 * javac -cp "BUILD/shirabe-cli.jar:BUILD/lib/*" -d /tmp/lr scripts/lookup-results/LookupDump.java
 * java -cp "/tmp/lr:BUILD/shirabe-cli.jar:BUILD/lib/*" LookupDump build /tmp/inv 1000000
 * java -cp "/tmp/lr:BUILD/shirabe-cli.jar:BUILD/lib/*" LookupDump dump /tmp/inv 300 results.txt
 * </pre>
 *
 * (BUILD: a copy of a build's scanner-cli/target), then the same dump with the other build
 * on the same inventory, and cmp. Holds synthetic people only, no one's data.
 */
public class LookupDump {
  public static void main(String[] a) throws Exception {
    Path folder = Path.of(a[1]);
    if (a[0].equals("build")) {
      new LookupBenchmark(Integer.parseInt(a[2]), 1, 42).run(folder);
      return;
    }
    KeyedHasher hasher = KeyedHasher.withKey("lookup-benchmark-key-0123456789ab".getBytes("US-ASCII"));
    Method query = LookupBenchmark.class.getDeclaredMethod("query", int.class, int.class);
    query.setAccessible(true);
    int n = Integer.parseInt(a[2]);
    QueryKeys keys = new QueryKeys();
    try (InventorySearcher s = InventorySearcher.open(folder);
         PrintWriter out = new PrintWriter(new BufferedWriter(new FileWriter(a[3])))) {
      SubjectLookup lookup = new SubjectLookup(s, hasher, keys);
      java.util.Random r = new java.util.Random(7);
      long t = System.nanoTime();
      for (int i = 0; i < n; i++) {
        int person = r.nextInt(50_000); // among the first half of the 100,000 people of 1M findings
        SubjectQuery q = (SubjectQuery) query.invoke(null, person, i);
        SubjectReport rep = lookup.lookup(q);
        out.println("## lookup " + i + " person " + person + " " + q);
        for (Place p : rep.places()) {
          out.println("place " + p.file() + " | " + p.part());
          for (Link l : p.links()) out.println("  link " + l);
          for (StoredFinding f : p.findings()) out.println("  finding " + f);
        }
        rep.followed().forEach(l -> out.println("followed " + l));
        rep.notFollowed().forEach(l -> out.println("notFollowed " + l));
        out.println("leftOut " + rep.leftOut());
      }
      System.err.printf("%d lookups in %.1f s%n", n, (System.nanoTime() - t) / 1e9);
    }
  }
}
