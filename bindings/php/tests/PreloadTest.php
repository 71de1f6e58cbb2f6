<?php

declare(strict_types=1);

namespace BbbKit\Tests;

use BbbKit\Library;
use PHPUnit\Framework\TestCase;

/**
 * The php-fpm set-up of the README: `ffi.enable=preload`, where FFI works only in preloaded
 * code, and `opcache.preload` of the package's `preload.php`. Checked under a real php-fpm
 * (root master, `nobody` worker, FastCGI request through `cgi-fcgi`) and under php-cgi, whose
 * SAPI, like php-fpm's, refuses FFI at run time: with the library, without it, unreadable, and
 * with a library of another version, php-fpm starts, serves a page without bbbkit, and a page
 * with bbbkit gets a LibraryException naming the library and the expected version.
 */
final class PreloadTest extends TestCase
{
    private const FPM = '/usr/sbin/php-fpm' . PHP_MAJOR_VERSION . '.' . PHP_MINOR_VERSION;
    private const CGI = '/usr/bin/php-cgi';

    private static string $dir;
    private static string $library;

    public static function setUpBeforeClass(): void
    {
        self::$library = (string) realpath(Library::resolve());
        self::$dir = sys_get_temp_dir() . '/bbbkit-preload-' . getmypid();
        @mkdir(self::$dir, 0755);
        // What a request runs: prints where the library came from and a join URL, or the
        // LibraryException (its class, path, expected version and message).
        file_put_contents(self::$dir . '/index.php', "<?php\n"
            . 'require_once ' . var_export(dirname(__DIR__) . '/autoload.php', true) . ";\n"
            . "try {\n"
            . "    echo BbbKit\\Library::default()->source, ' ', (new BbbKit\\Server('bbb.example.com', 'secret'))\n"
            . "        ->joinUrl(new BbbKit\\JoinRequest('room-1', 'Ada', role: BbbKit\\Role::Viewer));\n"
            . "} catch (BbbKit\\Exception\\LibraryException \$e) {\n"
            . "    echo get_class(\$e), ' ', \$e->getLibraryPath(), ' ', \$e->getExpectedVersion(), ': ', \$e->getMessage();\n"
            . "}\n");
        // A page that does not use bbbkit.
        file_put_contents(self::$dir . '/plain.php', "<?php\necho 'no bbbkit here';\n");
        // A library of another version with the same symbols: a copy whose bbbkit_version()
        // says OLD_VERSION (the version string patched in place, same length).
        $bytes = (string) file_get_contents(self::$library);
        self::assertSame(1, substr_count($bytes, Library::VERSION . "\0"), 'the version string, once');
        @mkdir(self::$dir . '/old', 0755);
        file_put_contents(self::$dir . '/old/libbbbkit.so', str_replace(Library::VERSION . "\0", self::oldVersion() . "\0", $bytes));
        chmod(self::$dir . '/old/libbbbkit.so', 0755);
        // The real library, readable by its owner only (root): not by the `nobody` worker.
        @mkdir(self::$dir . '/private', 0755);
        copy(self::$library, self::$dir . '/private/libbbbkit.so');
        chmod(self::$dir . '/private/libbbbkit.so', 0600);
        // The header for ffi.preload, as the README has the administrator write it.
        $rc = 0;
        $out = [];
        exec(escapeshellarg(PHP_BINARY) . ' ' . escapeshellarg(dirname(__DIR__) . '/bin/bbbkit-preload-header')
            . ' ' . escapeshellarg(self::$dir . '/bbbkit.h') . ' ' . escapeshellarg(self::$library) . ' 2>&1', $out, $rc);
        self::assertSame(0, $rc, implode("\n", $out));
    }

    public static function tearDownAfterClass(): void
    {
        foreach (['old', 'private'] as $sub) {
            @unlink(self::$dir . "/{$sub}/libbbbkit.so");
            @rmdir(self::$dir . "/{$sub}");
        }
        foreach (glob(self::$dir . '/*') ?: [] as $file) {
            @unlink($file);
        }
        @rmdir(self::$dir);
    }

    /** The version the patched copy reports: as long as the real one, and another. */
    private static function oldVersion(): string
    {
        $old = substr('0.0.1-old', 0, strlen(Library::VERSION));
        return $old !== Library::VERSION ? $old : substr('9.9.9-old', 0, strlen(Library::VERSION));
    }

    /** What index.php prints when the library at `$path` is refused. */
    private static function assertRefused(string $path, string $body, string $why): void
    {
        self::assertStringStartsWith('BbbKit\\Exception\\LibraryException ' . $path . ' ' . Library::VERSION . ': ', $body);
        self::assertStringContainsString('"' . $path . '"', $body);
        self::assertStringContainsString(Library::VERSION, $body);
        self::assertStringContainsString($why, $body);
    }

    private static function expectedUrl(): string
    {
        // The join.json case "minimal_viewer"-style request with secret "secret", signed by the
        // library under test in this (CLI) process; the child must produce the same bytes.
        return (new \BbbKit\Server('bbb.example.com', 'secret'))
            ->joinUrl(new \BbbKit\JoinRequest('room-1', 'Ada', role: \BbbKit\Role::Viewer));
    }

    /** @return array{0: int, 1: string} */
    private static function exec(array $cmd, array $env = []): array
    {
        $proc = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, self::$dir, $env + getenv());
        $out = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
        return [proc_close($proc), $out];
    }

    private static function preloadIni(bool $ffiPreload, bool $preloadUser): array
    {
        $ini = [
            'ffi.enable=preload',
            'opcache.enable=1',
            'opcache.enable_cli=1',
            'opcache.preload=' . dirname(__DIR__) . '/preload.php',
        ];
        if ($ffiPreload) {
            $ini[] = 'ffi.preload=' . self::$dir . '/bbbkit.h';
        }
        if ($preloadUser) {
            $ini[] = 'opcache.preload_user=nobody';
        }
        return $ini;
    }

    private static function cgi(array $ini, ?string $library = null, string $page = 'index.php'): array
    {
        if (!is_executable(self::CGI)) {
            self::markTestSkipped('php-cgi is not installed (apt install php-cgi)');
        }
        $args = [self::CGI, '-q'];
        foreach ($ini as $line) {
            $args[] = '-d';
            $args[] = $line;
        }
        $args[] = self::$dir . '/' . $page;
        return self::exec($args, ['BBBKIT_LIB' => $library ?? self::$library]);
    }

    public function testRootMasterWithFfiPreloadAndOpcachePreload(): void
    {
        [$rc, $out] = self::cgi(self::preloadIni(true, true));
        self::assertSame(0, $rc, $out);
        self::assertSame('preload ' . self::expectedUrl(), $out);
    }

    /** @return array{0: int, 1: string} php-cgi with preload.php alone, as `nobody` when root */
    private static function cgiNotRoot(string $library, string $page = 'index.php'): array
    {
        if (posix_getuid() === 0 && !is_executable('/usr/sbin/runuser')) {
            self::markTestSkipped('runuser is needed to run as an ordinary user');
        }
        if (!is_executable(self::CGI)) {
            self::markTestSkipped('php-cgi is not installed (apt install php-cgi)');
        }
        $args = posix_getuid() === 0 ? ['/usr/sbin/runuser', '-u', 'nobody', '--', self::CGI, '-q'] : [self::CGI, '-q'];
        foreach (self::preloadIni(false, false) as $line) {
            $args[] = '-d';
            $args[] = $line;
        }
        $args[] = self::$dir . '/' . $page;
        return self::exec($args, ['BBBKIT_LIB' => $library]);
    }

    public function testPreloadScriptAloneWhenNotRoot(): void
    {
        [$rc, $out] = self::cgiNotRoot(self::$library);
        self::assertSame(0, $rc, $out);
        self::assertSame('preload ' . self::expectedUrl(), $out);
    }

    public function testNotRootWithoutTheLibraryEveryPageIsServed(): void
    {
        $missing = self::$dir . '/missing/libbbbkit.so';
        [$rc, $out] = self::cgiNotRoot($missing, 'plain.php');
        self::assertSame(0, $rc, $out);
        self::assertStringStartsWith('no bbbkit here', $out); // then the log, on stderr
        self::assertStringContainsString('bbbkit: Cannot preload the bbbkit library ' . Library::VERSION . ' from "' . $missing . '"', $out); // the log (stderr)
        [$rc, $out] = self::cgiNotRoot($missing);
        self::assertSame(0, $rc, $out);
        self::assertRefused($missing, substr($out, (int) strpos($out, 'BbbKit\\Exception')), 'no such file');
    }

    public function testNotRootALibraryOfAnotherVersionIsRefused(): void
    {
        // Same symbols: FFI::load() preloads it; the version check refuses it, at start-up (the
        // log) and in every request.
        $old = self::$dir . '/old/libbbbkit.so';
        [$rc, $out] = self::cgiNotRoot($old);
        self::assertSame(0, $rc, $out);
        self::assertStringContainsString('bbbkit: The library "' . $old . '" is bbbkit ' . self::oldVersion() . ', but this package needs bbbkit ' . Library::VERSION, $out);
        self::assertRefused($old, substr($out, (int) strpos($out, 'BbbKit\\Exception')), 'is bbbkit ' . self::oldVersion() . ', but this package needs bbbkit ' . Library::VERSION);
    }

    public function testWithoutPreloadTheErrorSaysHowToSetItUp(): void
    {
        [$rc, $out] = self::cgi(['ffi.enable=preload', 'display_errors=stderr']);
        self::assertSame(0, $rc, $out);
        self::assertStringStartsWith('BbbKit\\Exception\\LibraryException ', $out);
        self::assertStringContainsString('The bbbkit library ' . Library::VERSION . ' ("' . self::$library . '") is not preloaded', $out);
        self::assertStringContainsString('opcache.preload', $out);
    }

    public function testPreloadUserWithoutFfiPreloadLoadsAtFirstUse(): void
    {
        // PHP 8.2 refuses FFI::load() with opcache.preload_user: each request loads the library.
        [$rc, $out] = self::cgi(self::preloadIni(false, true));
        self::assertSame(0, $rc, $out);
        self::assertStringEndsWith(self::$library . ' ' . self::expectedUrl(), $out);
    }

    public function testFfiPreloadOfAnotherVersionIsRefused(): void
    {
        // ffi.preload (the optional set-up) loads the copy of another version: PHP starts, and
        // bbbkit refuses it at first use.
        $old = self::$dir . '/old/libbbbkit.so';
        $header = self::$dir . '/bbbkit-old.h';
        [$rc, $out] = self::exec([PHP_BINARY, dirname(__DIR__) . '/bin/bbbkit-preload-header', $header, $old]);
        self::assertSame(0, $rc, $out);
        $ini = array_merge(self::preloadIni(false, true), ['ffi.preload=' . $header]);
        [$rc, $out] = self::cgi($ini, $old);
        self::assertSame(0, $rc, $out);
        self::assertRefused($old, substr($out, (int) strpos($out, 'BbbKit\\Exception')), 'is bbbkit ' . self::oldVersion());
    }

    /**
     * Starts php-fpm as a system service does (root master, `nobody` worker) with the README's
     * set-up and BBBKIT_LIB=`$library`, runs `$check(request, log)`, and stops it.
     *
     * @param callable(callable(string): string, callable(): string): void $check
     */
    private static function withPhpFpm(string $library, callable $check): void
    {
        if (!is_executable(self::FPM) || !is_executable('/usr/bin/cgi-fcgi')) {
            self::markTestSkipped('php-fpm and cgi-fcgi are needed (apt install php-fpm libfcgi-bin)');
        }
        if (posix_getuid() !== 0) {
            self::markTestSkipped('this check starts php-fpm as root, as a system service does');
        }
        $dir = self::$dir;
        @unlink("{$dir}/fpm.log");
        @unlink("{$dir}/fpm.sock");
        file_put_contents("{$dir}/php.ini", implode("\n", self::preloadIni(false, true)) . "\n");
        file_put_contents("{$dir}/fpm.conf", <<<CONF
            [global]
            error_log = {$dir}/fpm.log
            daemonize = no
            [bbbkit]
            user = nobody
            group = nogroup
            listen = {$dir}/fpm.sock
            listen.mode = 0666
            pm = static
            pm.max_children = 1
            env[BBBKIT_LIB] = {$library}
            CONF);
        // BBBKIT_LIB for the master (preload.php) and the pool (env[], as the workers' own
        // environment is cleared), as the README says to set it.
        $fpm = proc_open([self::FPM, '--nodaemonize', '--allow-to-run-as-root', '-c', "{$dir}/php.ini", '-y', "{$dir}/fpm.conf"],
            [0 => ['file', '/dev/null', 'r'], 1 => ['file', "{$dir}/fpm.out", 'w'], 2 => ['file', "{$dir}/fpm.out", 'a']],
            $pipes, $dir, ['BBBKIT_LIB' => $library] + getenv());
        self::assertIsResource($fpm);
        $log = fn (): string => @file_get_contents("{$dir}/fpm.out") . @file_get_contents("{$dir}/fpm.log");
        try {
            for ($i = 0; $i < 100 && !file_exists("{$dir}/fpm.sock") && proc_get_status($fpm)['running']; $i++) {
                usleep(50_000);
            }
            self::assertFileExists("{$dir}/fpm.sock", 'php-fpm did not start: ' . $log());
            $request = function (string $page) use ($dir, $log, $library): string {
                // cgi-fcgi sends its environment as the request's, which getenv() reads first.
                [$rc, $out] = self::exec(['/usr/bin/cgi-fcgi', '-bind', '-connect', "{$dir}/fpm.sock"], [
                    'SCRIPT_FILENAME' => "{$dir}/{$page}",
                    'REQUEST_METHOD' => 'GET',
                    'BBBKIT_LIB' => $library,
                ]);
                self::assertSame(0, $rc, $out . $log());
                self::assertStringStartsNotWith('Status: 500', $out, $out . $log());
                return substr($out, (int) strpos($out, "\r\n\r\n") + 4);
            };
            $check($request, $log);
        } finally {
            $status = proc_get_status($fpm);
            if ($status['running']) {
                posix_kill($status['pid'], 15);
            }
            proc_close($fpm);
        }
    }

    public function testUnderPhpFpm(): void
    {
        self::withPhpFpm(self::$library, function (callable $request, callable $log): void {
            self::assertSame(self::$library . ' ' . self::expectedUrl(), $request('index.php'), $log());
            self::assertSame('no bbbkit here', $request('plain.php'));
            self::assertStringNotContainsString('bbbkit:', $log());
        });
    }

    public function testPhpFpmStartsWithoutTheLibrary(): void
    {
        $missing = self::$dir . '/missing/libbbbkit.so';
        self::withPhpFpm($missing, function (callable $request, callable $log) use ($missing): void {
            self::assertSame('no bbbkit here', $request('plain.php'));
            self::assertRefused($missing, $request('index.php'), 'no such file');
            self::assertSame('no bbbkit here', $request('plain.php'));
            self::assertStringContainsString('bbbkit: Cannot load the bbbkit library ' . Library::VERSION . ' from "' . $missing . '"', $log());
        });
    }

    public function testPhpFpmStartsWithAnUnreadableLibrary(): void
    {
        $private = self::$dir . '/private/libbbbkit.so';
        self::withPhpFpm($private, function (callable $request, callable $log) use ($private): void {
            self::assertSame('no bbbkit here', $request('plain.php'));
            self::assertRefused($private, $request('index.php'), 'not readable by nobody');
            self::assertStringContainsString('bbbkit: Cannot load the bbbkit library ' . Library::VERSION . ' from "' . $private . '"', $log());
        });
    }

    public function testPhpFpmRefusesALibraryOfAnotherVersion(): void
    {
        $old = self::$dir . '/old/libbbbkit.so';
        self::withPhpFpm($old, function (callable $request, callable $log) use ($old): void {
            self::assertSame('no bbbkit here', $request('plain.php'));
            $why = 'is bbbkit ' . self::oldVersion() . ', but this package needs bbbkit ' . Library::VERSION;
            self::assertRefused($old, $request('index.php'), $why);
            self::assertStringContainsString('bbbkit: The library "' . $old . '" ' . $why, $log());
        });
    }
}
