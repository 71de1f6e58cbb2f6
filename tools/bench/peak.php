<?php
// The peak memory of Recordings::parse, for peak-memory.sh:
//   BBBKIT_LIB=…/libbbbkit.so php -d memory_limit=-1 peak.php read|typed FILE
// `read` only reads the file (the baseline). Prints PHP's own peak (memory_get_peak_usage) to
// standard error; the script reads the process's peak RSS from /usr/bin/time.
declare(strict_types=1);
require dirname(__DIR__, 2) . '/bindings/php/autoload.php';

[$mode, $path] = [$argv[1] ?? '', $argv[2] ?? ''];
$body = file_get_contents($path);
\BbbKit\Library::default(); // loaded in both modes, so that the baseline holds the library too
if ($mode === 'typed') {
    $r = \BbbKit\Recordings::parse($body, maxSize: strlen($body));
    fprintf(STDERR, "%d recordings\n", count($r->recordings));
} elseif ($mode !== 'read') {
    fwrite(STDERR, "usage: peak.php read|typed FILE\n");
    exit(2);
}
fprintf(STDERR, "PHP peak %d bytes\n", memory_get_peak_usage(true));
