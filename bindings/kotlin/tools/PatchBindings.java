// Rewrites the hot calls of the Kotlin that uniffi-bindgen generated so that they go through the
// buffer-shaped entry points of bindings/uniffi/src/jvm.rs instead of JNA `Structure`s.
//
//   java bindings/kotlin/tools/PatchBindings.java GENERATED.kt bindings/uniffi/src/jvm.rs [true|false]
//
// With `false` (`mvn -Dbbbkit.bufferCalls=false`, for comparisons only) the entry points are
// declared but no generated body is rewritten: every call takes UniFFI's own path.
//
// Run by the Maven build right after uniffi-bindgen (pom.xml, execution `patch-bindings`), on
// every build: the generated file is never edited by hand. For each `bbbkit_jvm_X` entry of
// jvm.rs (the `fn bbbkit_jvm_…` lines, and `bbbkit_jvm_func_parse_…` for every generated
// `parse…` function: jvm.rs expands those from the answer kinds, so they have no line of their
// own; the library refuses to start when its entries and the ones declared here differ), the
// body of the generated function that calls `UniffiLib.uniffi_bbbkit_uniffi_fn_X`
// is replaced by a call to `uniffiBufferCall` (src/main/kotlin/org/bbbkit/BufferCall.kt) with
// the same converters: arguments are written with `FfiConverter….write`, the answer read with
// `FfiConverter….read`, an error lifted with the same handler. A method borrows its object's
// handle under the object's call counter (a copy of the generated `callWithHandle` that does not
// clone the handle). The build fails when an entry has no generated function of the expected
// shape, so a change in uniffi-bindgen's output cannot silently turn the fast path off.
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class PatchBindings {
    static final String MARKER = "// bbbkit: buffer calls, added by bindings/kotlin/tools/PatchBindings.java";
    static final String SCAFFOLDING_PREFIX = "uniffi_bbbkit_uniffi_fn_";
    static final String SHIM_PREFIX = "bbbkit_jvm_";

    static void fail(String message) {
        System.err.println("PatchBindings: " + message);
        System.exit(1);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3) fail("usage: PatchBindings GENERATED.kt jvm.rs [true|false]");
        boolean rewrite = args.length < 3 || Boolean.parseBoolean(args[2]);
        Path generated = Path.of(args[0]);
        String text = Files.readString(generated, StandardCharsets.UTF_8);
        if (text.contains(MARKER)) {
            System.out.println("PatchBindings: " + generated + " is already patched");
            return;
        }
        Set<String> shims = new LinkedHashSet<>();
        Matcher entries = Pattern.compile("(?m)^\\s*fn (" + SHIM_PREFIX + "(?:func|method)_\\w+)")
                .matcher(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8));
        while (entries.find()) shims.add(entries.group(1));
        if (shims.isEmpty()) fail("no " + SHIM_PREFIX + " entries in " + args[1]);
        // Every answer parser: jvm.rs has an entry for each exported `parse_…` function.
        Matcher parsers = Pattern.compile("UniffiLib\\." + SCAFFOLDING_PREFIX + "(func_parse_\\w+)\\(").matcher(text);
        int parserCount = 0;
        while (parsers.find()) {
            shims.add(SHIM_PREFIX + parsers.group(1));
            parserCount++;
        }
        if (parserCount < 10) fail("only " + parserCount + " generated parse functions");

        List<String> classNames = new ArrayList<>();
        for (String shim : rewrite ? shims : List.<String>of()) {
            String symbol = SCAFFOLDING_PREFIX + shim.substring(SHIM_PREFIX.length());
            Pattern body = Pattern.compile(
                    "return (\\w+)\\.lift\\(\\s*"
                            + "(callWithHandle \\{\\s*)?"
                            + "uniffiRustCall(?:WithError\\((\\w+)\\)|\\(\\)) \\{ _status ->\\s*"
                            + "UniffiLib\\." + Pattern.quote(symbol) + "\\(\\s*"
                            + "(it,\\s*)?"
                            + "((?:\\w+\\.lower\\(`\\w+`\\),\\s*)*)"
                            + "_status\\)\\s*\\}\\s*"
                            + "(\\}\\s*)?"
                            + "\\)");
            Matcher m = body.matcher(text);
            if (!m.find()) fail("no generated function calls " + symbol + " in the expected shape");
            int start = m.start();
            if (m.find()) fail("more than one generated function calls " + symbol);
            m.find(start);
            boolean method = m.group(2) != null;
            if (method != (m.group(4) != null) || method != (m.group(6) != null)) {
                fail("unexpected handle passing in the call of " + symbol);
            }
            if (method != shim.startsWith(SHIM_PREFIX + "method_")) {
                fail(shim + " and the generated call of " + symbol + " disagree on the handle");
            }
            String liftConverter = m.group(1);
            String errorHandler = m.group(3) != null ? m.group(3) : "UniffiNullRustCallStatusErrorHandler";
            List<String[]> arguments = new ArrayList<>();
            Matcher a = Pattern.compile("(\\w+)\\.lower\\((`\\w+`)\\)").matcher(m.group(5));
            while (a.find()) arguments.add(new String[] {a.group(1), a.group(2)});

            StringBuilder size = new StringBuilder();
            StringBuilder write = new StringBuilder();
            for (String[] arg : arguments) {
                if (size.length() > 0) size.append(" + ");
                size.append(arg[0]).append(".allocationSize(").append(arg[1]).append(")");
                write.append(" ").append(arg[0]).append(".write(").append(arg[1]).append(", _buf);");
            }
            String call = "uniffiBufferCall(" + (method ? "_handle" : "0L") + ", " + errorHandler + ",\n"
                    + "        " + (size.length() > 0 ? size : "0UL") + ",\n"
                    + "        { " + (arguments.isEmpty() ? "_ ->" : "_buf ->" + write) + " },\n"
                    + "        { _buf -> " + liftConverter + ".read(_buf) },\n"
                    + "    ) { _h, _p, _n, _c -> UniffiBufferLib." + shim + "(_h, _p, _n, _c) }";
            String replacement = method
                    ? "return uniffiWithBorrowedHandle { _handle ->\n    " + call + "\n    }"
                    : "return " + call;
            text = text.substring(0, m.start()) + replacement + text.substring(m.end());

            if (method) {
                int classStart = text.lastIndexOf("\nopen class ", start);
                if (classStart < 0) fail("no class around the method calling " + symbol);
                Matcher name = Pattern.compile("\nopen class (\\w+)").matcher(text);
                name.find(classStart);
                if (!classNames.contains(name.group(1))) classNames.add(name.group(1));
            }
        }

        // One borrowing helper per class, next to the generated `callWithHandle`.
        for (String className : classNames) {
            Matcher cls = Pattern.compile("\nopen class " + Pattern.quote(className) + "\\b").matcher(text);
            if (!cls.find()) fail("class " + className + " vanished");
            String head = "    internal inline fun <R> callWithHandle(block: (handle: Long) -> R): R {\n";
            int fnStart = text.indexOf(head, cls.start());
            if (fnStart < 0) fail("no callWithHandle in class " + className);
            int fnEnd = text.indexOf("\n    }\n", fnStart);
            if (fnEnd < 0) fail("callWithHandle of " + className + " does not end");
            String original = text.substring(fnStart, fnEnd + "\n    }\n".length());
            String cloneCall = "block(this.uniffiCloneHandle())";
            if (original.indexOf(cloneCall) < 0 || original.indexOf(cloneCall) != original.lastIndexOf(cloneCall)) {
                fail("callWithHandle of " + className + " does not clone its handle once");
            }
            String borrowing = original
                    .replace("fun <R> callWithHandle(", "fun <R> uniffiWithBorrowedHandle(")
                    .replace(cloneCall, "block(this.uniffiBorrowedHandle())");
            String helpers = "    // The handle itself, not a clone: the call counter keeps the object alive during the\n"
                    + "    // call, and the buffer entry points only borrow it.\n"
                    + "    internal fun uniffiBorrowedHandle(): Long {\n"
                    + "        if (handle == 0.toLong()) {\n"
                    + "            throw InternalException(\"uniffiBorrowedHandle() called on NoHandle object\")\n"
                    + "        }\n"
                    + "        return handle\n"
                    + "    }\n\n"
                    + borrowing + "\n";
            text = text.substring(0, fnStart) + helpers + text.substring(fnStart);
        }

        // Strings: the generated `toUtf8` makes a new strict `CharsetEncoder` for every string
        // (a fifth of a join URL's time on the JVM). `String.getBytes` gives the same bytes for
        // every string without surrogates, faster and with one allocation; a string with any
        // surrogate keeps the strict encoder, which refuses lone surrogates as before.
        String toUtf8Head = "    fun toUtf8(value: String): ByteBuffer {\n";
        int toUtf8 = text.indexOf(toUtf8Head);
        if (rewrite) {
            if (toUtf8 < 0 || toUtf8 != text.lastIndexOf(toUtf8Head)) fail("no single FfiConverterString.toUtf8");
            String strict = "        // Make sure we don't have invalid UTF-16, check for lone surrogates.\n"
                    + "        return Charsets.UTF_8.newEncoder().run {\n";
            if (!text.startsWith(strict, toUtf8 + toUtf8Head.length())) fail("FfiConverterString.toUtf8 changed shape");
            text = text.substring(0, toUtf8 + toUtf8Head.length())
                    + "        // bbbkit (tools/PatchBindings.java): no surrogate, no strict encoder needed.\n"
                    + "        var i = 0\n"
                    + "        while (i < value.length) {\n"
                    + "            if (Character.isSurrogate(value[i])) break\n"
                    + "            i++\n"
                    + "        }\n"
                    + "        if (i == value.length) return ByteBuffer.wrap(value.toByteArray(Charsets.UTF_8))\n"
                    + text.substring(toUtf8 + toUtf8Head.length());
        }

        Matcher pkg = Pattern.compile("(?m)^package ([\\w.]+)$").matcher(text);
        if (!pkg.find()) fail("no package line");
        String jniClass = pkg.group(1).replace('.', '/') + "/UniffiBufferLib";
        StringBuilder lib = new StringBuilder("\n" + MARKER + "\n");
        lib.append("// The buffer-shaped entry points (bindings/uniffi/src/jvm.rs). Their arguments are integers only,\n");
        lib.append("// so a call allocates nothing; JNA's direct mapping is used once, to let the library bind these\n");
        lib.append("// `external fun`s with JNI's RegisterNatives (a plain JNI call, without JNA's dispatch).\n");
        lib.append("internal object UniffiBufferBoot {\n");
        lib.append("    init {\n");
        lib.append("        Native.register(UniffiBufferBoot::class.java, findLibraryName(componentName = \"bbbkit\"))\n");
        lib.append("    }\n\n");
        lib.append("    external fun bbbkit_jvm_register_jni(env: com.sun.jna.JNIEnv, className: String): Int\n");
        lib.append("}\n\n");
        lib.append("internal object UniffiBufferLib {\n");
        lib.append("    init {\n");
        lib.append("        uniffiEnsureInitialized()\n");
        lib.append("        val bound = UniffiBufferBoot.bbbkit_jvm_register_jni(com.sun.jna.JNIEnv.CURRENT, \"" + jniClass + "\")\n");
        lib.append("        if (bound != " + (shims.size() + 2) + ") {\n");
        lib.append("            throw InternalException(\"bbbkit: the library bound $bound of " + (shims.size() + 2) + " buffer entry points\")\n");
        lib.append("        }\n");
        lib.append("    }\n\n");
        lib.append("    external fun bbbkit_jvm_pending(): Long\n");
        lib.append("    external fun bbbkit_jvm_release()\n");
        for (String shim : shims) {
            lib.append("    external fun ").append(shim).append("(handle: Long, buf: Long, inLen: Long, cap: Long): Long\n");
        }
        lib.append("}\n");
        text = text + lib;

        Files.writeString(generated, text, StandardCharsets.UTF_8);
        System.out.println("PatchBindings: " + (rewrite ? shims.size() : 0) + " calls of " + generated + " go through buffers");
    }
}
