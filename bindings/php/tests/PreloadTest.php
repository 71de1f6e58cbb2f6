<?php

declare(strict_types=1);

namespace BbbKit\Tests;

use BbbKit\Library;
use PHPUnit\Framework\TestCase;

/**
 * The php-fpm set-up of the README: `ffi.enable=preload`, where FFI works only in preloaded
 * code. Checked under a real php-fpm (root master, `nobody` worker, FastCGI request through
 * `cgi-fcgi`) and under php-cgi, whose SAPI, like php-fpm's, refuses FFI at run time.
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
        // What a request runs: prints where the library came from and a join URL.
        file_put_contents(self::$dir . '/index.php', "<?php\n"
            . 'require_once ' . var_export(dirname(__DIR__) . '/autoload.php', true) . ";\n"
            . "echo BbbKit\\Library::default()->source, ' ', (new BbbKit\\Server('bbb.example.com', 'secret'))\n"
            . "    ->joinUrl(new BbbKit\\JoinRequest('room-1', 'Ada', role: BbbKit\\Role::Viewer));\n");
        // The header for ffi.preload, as the README has the administrator write it.
        $rc = 0;
        $out = [];
        exec(escapeshellarg(PHP_BINARY) . ' ' . escapeshellarg(dirname(__DIR__) . '/bin/bbbkit-preload-header')
            . ' ' . escapeshellarg(self::$dir . '/bbbkit.h') . ' ' . escapeshellarg(self::$library) . ' 2>&1', $out, $rc);
        self::assertSame(0, $rc, implode("\n", $out));
    }

    public static function tearDownAfterClass(): void
    {
        foreach (glob(self::$dir . '/*') ?: [] as $file) {
            @unlink($file);
        }
        @rmdir(self::$dir);
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

    private static function cgi(array $ini): array
    {
        if (!is_executable(self::CGI)) {
            self::markTestSkipped('php-cgi is not installed (apt install php-cgi)');
        }
        $args = [self::CGI, '-q'];
        foreach ($ini as $line) {
            $args[] = '-d';
            $args[] = $line;
        }
        $args[] = self::$dir . '/index.php';
        return self::exec($args, ['BBBKIT_LIB' => self::$library]);
    }

    public function testRootMasterWithFfiPreloadAndOpcachePreload(): void
    {
        [$rc, $out] = self::cgi(self::preloadIni(true, true));
        self::assertSame(0, $rc, $out);
        self::assertSame('preload ' . self::expectedUrl(), $out);
    }

    public function testPreloadScriptAloneWhenNotRoot(): void
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
        $args[] = self::$dir . '/index.php';
        [$rc, $out] = self::exec($args, ['BBBKIT_LIB' => self::$library]);
        self::assertSame(0, $rc, $out);
        self::assertSame('preload ' . self::expectedUrl(), $out);
    }

    public function testWithoutPreloadTheErrorSaysHowToSetItUp(): void
    {
        [$rc, $out] = self::cgi(['ffi.enable=preload', 'display_errors=stderr']);
        self::assertNotSame(0, $rc);
        self::assertStringContainsString('bbbkit is not preloaded', $out);
        self::assertStringContainsString('opcache.preload', $out);
    }

    public function testPreloadUserWithoutFfiPreloadSaysWhatToAdd(): void
    {
        [$rc, $out] = self::cgi(array_merge(self::preloadIni(false, true), ['display_errors=stderr']));
        self::assertNotSame(0, $rc);
        self::assertStringContainsString('ffi.preload', $out);
    }

    public function testUnderPhpFpm(): void
    {
        if (!is_executable(self::FPM) || !is_executable('/usr/bin/cgi-fcgi')) {
            self::markTestSkipped('php-fpm and cgi-fcgi are needed (apt install php-fpm libfcgi-bin)');
        }
        if (posix_getuid() !== 0) {
            self::markTestSkipped('this check starts php-fpm as root, as a system service does');
        }
        $dir = self::$dir;
        file_put_contents("{$dir}/php.ini", implode("\n", self::preloadIni(true, true)) . "\n");
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
            env[BBBKIT_LIB] = {$this->library()}
            CONF);
        $fpm = proc_open([self::FPM, '--nodaemonize', '--allow-to-run-as-root', '-c', "{$dir}/php.ini", '-y', "{$dir}/fpm.conf"],
            [0 => ['file', '/dev/null', 'r'], 1 => ['file', "{$dir}/fpm.out", 'w'], 2 => ['file', "{$dir}/fpm.out", 'a']], $pipes);
        self::assertIsResource($fpm);
        try {
            for ($i = 0; $i < 100 && !file_exists("{$dir}/fpm.sock"); $i++) {
                usleep(50_000);
            }
            self::assertFileExists("{$dir}/fpm.sock", (string) @file_get_contents("{$dir}/fpm.out") . @file_get_contents("{$dir}/fpm.log"));
            [$rc, $out] = self::exec(['/usr/bin/cgi-fcgi', '-bind', '-connect', "{$dir}/fpm.sock"], [
                'SCRIPT_FILENAME' => "{$dir}/index.php",
                'REQUEST_METHOD' => 'GET',
            ]);
            self::assertSame(0, $rc, $out);
            $body = substr($out, (int) strpos($out, "\r\n\r\n") + 4);
            self::assertSame('preload ' . self::expectedUrl(), $body, $out . @file_get_contents("{$dir}/fpm.log"));
        } finally {
            $status = proc_get_status($fpm);
            if ($status['running']) {
                posix_kill($status['pid'], 15);
            }
            proc_close($fpm);
        }
    }

    private function library(): string
    {
        return self::$library;
    }
}
