import com.sun.management.OperatingSystemMXBean;
import dev.shirabe.classify.Policy;
import dev.shirabe.classify.PolicyClassifier;
import dev.shirabe.detect.DetectorSet;
import dev.shirabe.detect.names.JapaneseNameModel;
import dev.shirabe.detect.names.JapanesePersonDetector;
import dev.shirabe.detect.names.KatakanaWords;
import dev.shirabe.detect.names.NameReadings;
import dev.shirabe.inventory.InventorySearcher;
import dev.shirabe.inventory.KeyedHasher;
import dev.shirabe.subject.QueryKeys;
import dev.shirabe.subject.SubjectLookup;
import dev.shirabe.subject.SubjectQuery;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.lucene.analysis.ja.dict.TokenInfoDictionary;

/**
 * Times, one after another in one JVM, what a short command loads (docs/performance.md,
 * "Start-up"): each step's CPU (the process's: JIT and collector included; and this thread's)
 * and wall time. The steps are those of `subject --name 中川翔太`, then those a scan adds.
 *
 *   java -XX:+UseSerialGC -cp "scanner-cli/target/shirabe-cli.jar:scanner-cli/target/lib/*" \
 *       scripts/StartupSteps.java INVENTORY KEY_FILE
 *
 * (the inventory and key of scripts/startup-bench.sh's 2,000 files, or any).
 */
public class StartupSteps {
  static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  static final ThreadMXBean THREAD = ManagementFactory.getThreadMXBean();

  static Object step(String name, Callable<?> what) throws Exception {
    long c0 = OS.getProcessCpuTime();
    long t0 = THREAD.getCurrentThreadCpuTime();
    long w0 = System.nanoTime();
    Object result = what.call();
    System.out.printf("%-34s process cpu %5.0f ms  thread cpu %5.0f ms  wall %5.0f ms%n", name,
        (OS.getProcessCpuTime() - c0) / 1e6, (THREAD.getCurrentThreadCpuTime() - t0) / 1e6,
        (System.nanoTime() - w0) / 1e6);
    return result;
  }

  public static void main(String[] args) throws Exception {
    Path inventory = Path.of(args[0]);
    KeyedHasher hasher = KeyedHasher.load(Path.of(args[1]));
    Class<?> main = Class.forName("dev.shirabe.cli.Main");
    step("picocli command line (subject)", () -> {
      try { // a build with one command per run
        Method one = main.getDeclaredMethod("forArguments", Map.class, String[].class);
        one.setAccessible(true);
        return one.invoke(null, System.getenv(), new String[] {"subject"});
      } catch (NoSuchMethodException e) { // every command
        return main.getMethod("commandLine").invoke(null);
      }
    });
    step("policy (labels)", Policy::defaults);
    InventorySearcher searcher =
        (InventorySearcher) step("inventory open (Lucene)", () -> InventorySearcher.open(inventory, hasher));
    step("Kuromoji's dictionary", TokenInfoDictionary::getInstance);
    step("KatakanaWords", KatakanaWords::standard);
    step("NameReadings", NameReadings::standard);
    step("JapaneseNameModel", JapaneseNameModel::standard);
    step("JapanesePersonDetector", JapanesePersonDetector::new);
    QueryKeys keys = new QueryKeys();
    SubjectQuery query = SubjectQuery.of(List.of("中川翔太"), List.of(), List.of(), List.of());
    step("the name's keys", () -> keys.keys(query.criteria().get(0)));
    step("the look-up", () -> new SubjectLookup(searcher, hasher, keys).lookup(query));
    step("the look-up again", () -> new SubjectLookup(searcher, hasher, keys).lookup(query));
    step("scan: DetectorSet.standard", DetectorSet::standard);
    step("scan: PolicyClassifier", () -> new PolicyClassifier(Policy.defaults()));
    System.out.printf("process cpu %.0f ms (from the JVM's start), this thread %.0f ms%n",
        OS.getProcessCpuTime() / 1e6, THREAD.getCurrentThreadCpuTime() / 1e6);
    System.exit(0);
  }
}
