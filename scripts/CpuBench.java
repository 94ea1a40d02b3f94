// Tasks per CPU-second of the benchmark thread, for comparing two builds on a shared machine where wall-clock
// `bench extract` swings with the load. Usage (from a jar built by ./mvnw package):
//   mkdir -p /tmp/cb && (cd /tmp/cb && unzip -qo ~/luoshi/target/luoshi.jar "BOOT-INF/*")
//   CP="/tmp/cb/BOOT-INF/classes:$(ls /tmp/cb/BOOT-INF/lib/*.jar | tr "\n" :)"
//   javac -cp "$CP" -d /tmp/cb scripts/CpuBench.java && java -XX:+UseSerialGC -cp "/tmp/cb:$CP" CpuBench ../shared/data/zhoushan-2022-q3.txt 3
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import org.luoshi.document.*;

/** Tasks per CPU-second of this thread (robust to other processes on a shared machine). */
public class CpuBench {
    public static void main(String[] a) throws Exception {
        byte[] sample = Files.readAllBytes(Path.of(a[0]));
        double seconds = Double.parseDouble(a[1]);
        DocumentReaders readers = new DocumentReaders();
        byte[] generated = BenchDocuments.repeated(readers.read("s.txt", sample), 10000).getBytes(StandardCharsets.UTF_8);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 2; round++) {
            for (Object[] c : new Object[][] {{"read, sample", sample, false}, {"read + analyze + JSON, sample", sample, true},
                    {"read, generated", generated, false}, {"read + analyze + JSON, generated", generated, true}}) {
                byte[] in = (byte[]) c[1];
                boolean full = (Boolean) c[2];
                long tasks = 0;
                long start = mx.getCurrentThreadCpuTime();
                while (mx.getCurrentThreadCpuTime() - start < seconds * 1e9) {
                    ReadDocument d = readers.read("b.txt", in);
                    if (full) {
                        CanonicalJson.write(new DocumentAnalyzer().analyze(d));
                    }
                    tasks += d.tasks().size();
                }
                double cpu = (mx.getCurrentThreadCpuTime() - start) / 1e9;
                if (round == 1) System.out.printf("%-36s %10.0f tasks per CPU-second%n", c[0], tasks / cpu);
            }
        }
    }
}
