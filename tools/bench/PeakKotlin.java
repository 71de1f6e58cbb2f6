// The peak memory of the Kotlin package's parseRecordings (UniFFI), for peak-memory.sh:
//   javac -d DIR -cp JAR:JNA:KOTLIN_STDLIB tools/bench/PeakKotlin.java
//   java -Xms2g -Xmx2g -Xmn16m -XX:+UseSerialGC -cp DIR:JAR:JNA:KOTLIN_STDLIB PeakKotlin read|typed FILE
// `read` only reads the file and loads the library (the baseline). `typed` also prints to
// standard error the Java heap the answer keeps (used heap after a full GC, less the same
// before the parse); the script reads the process's peak RSS from /usr/bin/time.
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

public class PeakKotlin {
    static long usedAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The top-level Kotlin function `name` with `arity` parameters (its JVM name may be mangled). */
    static Method function(String name, int arity) throws Exception {
        for (Method m : Class.forName("org.bbbkit.BbbkitKt").getMethods()) {
            if ((m.getName().equals(name) || m.getName().startsWith(name + "-")) && m.getParameterCount() == arity) {
                return m;
            }
        }
        throw new NoSuchMethodException(name);
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !(args[0].equals("read") || args[0].equals("typed"))) {
            System.err.println("usage: PeakKotlin read|typed FILE");
            System.exit(2);
        }
        byte[] body = Files.readAllBytes(Path.of(args[1]));
        function("bbbkitVersion", 0).invoke(null); // the library is loaded in both modes
        if (args[0].equals("typed")) {
            long before = usedAfterGc();
            Object answer = function("parseRecordings", 3).invoke(null, body, null, null);
            long kept = usedAfterGc() - before;
            System.err.printf("%s; the Java heap it keeps: %.1f MB (%.2fx the answer)%n",
                    answer.getClass().getSimpleName(), kept / 1e6, kept / (double) body.length);
        }
    }
}
