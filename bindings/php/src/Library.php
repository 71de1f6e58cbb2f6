<?php

declare(strict_types=1);

namespace BbbKit;

use BbbKit\Exception\ApiException;
use BbbKit\Exception\CallbackException;
use BbbKit\Exception\InternalErrorException;
use BbbKit\Exception\InvalidParameterException;
use BbbKit\Exception\LibraryException;
use BbbKit\Exception\ParseException;
use BbbKit\Exception\VerifyException;
use FFI;
use FFI\CData;

/**
 * The native bbbkit library (`libbbbkit.so`), loaded through PHP FFI.
 *
 * Where the library comes from, first match wins:
 * 1. an explicit path: `Library::use('/opt/bbbkit/lib/libbbbkit.so')` (or `Library::load($path)`);
 * 2. the library preloaded by `preload.php` (opcache.preload, for php-fpm);
 * 3. the environment variable `BBBKIT_LIB`;
 * 4. this package's own library: `lib/<os>-<arch>/` (`lib/linux-x86_64/libbbbkit.so` in the
 *    release archive), else `lib/libbbbkit.so`;
 * 5. the system's library path (`libbbbkit.so`, as `ldconfig` knows it).
 *
 * Every class takes the default library unless given one. Everything this class hands out is
 * freed by the PHP objects that own it.
 *
 * A library is used only if its `bbbkit_version()` is {@see Library::VERSION}, the version this
 * package was generated from: any other (an upgrade of one without the other) throws a
 * {@see LibraryException} naming the library's path and the expected version. Under php-fpm,
 * `preload.php` never stops PHP from starting: a library it cannot load is logged, and bbbkit
 * calls throw that exception while every other page is served.
 */
final class Library
{
    /** The FFI scope that `preload.php` registers. */
    public const SCOPE = 'BBBKIT';

    // @generated begin version by bin/generate.php from the library's bbbkit_version(): do not edit
    /** The version of the library this package is written for: `load()` refuses any other. */
    public const VERSION = '0.1.0';
    // @generated end version

    /** What dumps show instead of a token or password, as the core's `Debug` shows a secret. */
    public const REDACTED = '[redacted]';

    private static ?self $default = null;

    /** Why the default library could not be loaded in this request: not tried again. */
    private static ?LibraryException $failure = null;

    /**
     * @param FFI    $ffi    the bound library
     * @param string $source where it came from: a path, or `preload`
     */
    private function __construct(
        /** @internal */
        public readonly FFI $ffi,
        public readonly string $source,
    ) {
        $this->ok = $ffi->BBBKIT_RESULT_OK;
    }

    /**
     * `BBBKIT_RESULT_OK`, read from the library once: every call compares with it.
     *
     * @internal
     */
    public readonly int $ok;

    /**
     * The library every class uses unless given another: loaded on first use.
     *
     * @throws LibraryException when the FFI extension or the library is missing
     */
    public static function default(): self
    {
        if (self::$default !== null) {
            return self::$default;
        }
        if (self::$failure !== null) {
            throw self::$failure;
        }
        try {
            return self::$default = self::load();
        } catch (LibraryException $e) {
            throw self::$failure = $e;
        }
    }

    /**
     * Makes the library at `$path` the default for every class.
     *
     * @throws LibraryException
     */
    public static function use(string $path): self
    {
        self::$failure = null;
        return self::$default = self::load($path);
    }

    /**
     * Loads the library: from `$path` if given, else as described on the class, and checks
     * that it is version {@see Library::VERSION}.
     *
     * Under php-fpm (`ffi.enable=preload`) this works from the classes `preload.php` preloaded:
     * the scope preloaded at start-up when there is one, else the library is loaded here, once
     * per request.
     *
     * @throws LibraryException when the FFI extension or the library is missing, or the library
     *                          is another version
     */
    public static function load(?string $path = null): self
    {
        return self::open($path, true);
    }

    /**
     * Loads the library whatever version it reports: only for `bin/generate.php`, which writes
     * {@see Library::VERSION} from it.
     *
     * @internal
     */
    public static function loadAnyVersion(?string $path = null): self
    {
        return self::open($path, false);
    }

    private static function open(?string $path, bool $checkVersion): self
    {
        self::requireFfi();
        if ($path === null) {
            $preloaded = self::preloaded($checkVersion);
            if ($preloaded !== null) {
                return $preloaded;
            }
        }
        $library = self::resolve($path);
        try {
            $ffi = FFI::cdef(self::headerText(), $library);
        } catch (FFI\Exception $e) {
            if (str_contains($e->getMessage(), 'restricted')) { // "FFI API is restricted by "ffi.enable" …"
                throw new LibraryException(sprintf(
                    'The bbbkit library %s ("%s") is not preloaded: with ffi.enable=preload (php-fpm), FFI '
                    . 'works only in preloaded code: add `opcache.preload=.../vendor/bbbkit/bbbkit/preload.php` '
                    . '(see README.md).',
                    self::VERSION,
                    $library,
                ), $library,
                    0,
                    $e,
                );
            }
            throw new LibraryException(sprintf(
                'Cannot load the bbbkit library %s from "%s": %s%s. Build it with '
                . '`cargo build --release -p bbbkit-c` and set BBBKIT_LIB to the path of '
                . 'libbbbkit.so, copy it to %s, or install it on the system library path.',
                self::VERSION,
                $library,
                $e->getMessage(),
                self::whyNot($library),
                self::packageLibrary(),
            ), $library, 0, $e);
        }
        if ($checkVersion) {
            self::checkVersion($ffi, $library);
        }
        return new self($ffi, $library);
    }

    /**
     * Refuses a library that is not version {@see Library::VERSION}: this package's
     * declarations and generated classes are those of that version only.
     *
     * @throws LibraryException
     */
    private static function checkVersion(FFI $ffi, string $library, bool $preloaded = false): void
    {
        $what = $preloaded ? "The library preloaded at start-up (\"{$library}\")" : "The library \"{$library}\"";
        try {
            $version = (string) $ffi->bbbkit_version();
        } catch (FFI\Exception $e) {
            throw new LibraryException(sprintf(
                '%s is not bbbkit %s: %s.',
                $what,
                self::VERSION,
                $e->getMessage(),
            ), $library, 0, $e);
        }
        if ($version !== self::VERSION) {
            throw new LibraryException(sprintf(
                '%s is bbbkit %s, but this package needs bbbkit %s: install the '
                . 'library of the same release as the package (its lib/ in the release archive), '
                . 'then restart php-fpm.',
                $what,
                $version,
                self::VERSION,
            ), $library);
        }
    }

    /**
     * The library file that `load()` would open for `$path`, without opening it.
     */
    public static function resolve(?string $path = null): string
    {
        if ($path !== null && $path !== '') {
            return $path;
        }
        $env = getenv('BBBKIT_LIB');
        if (is_string($env) && $env !== '') {
            return $env;
        }
        if (is_file(self::packageLibrary())) {
            return self::packageLibrary();
        }
        return 'libbbbkit.so';
    }

    /**
     * For `preload.php` (`opcache.preload`): loads the library into the FFI scope `BBBKIT`, so
     * that requests under php-fpm use it without loading it again, and checks its version.
     *
     * PHP 8.2 refuses `FFI::load()` together with `opcache.preload_user` (which a php-fpm master
     * running as root needs; PHP 8.3 accepts it when that user is the master's own): then this
     * only checks that the library loads and is the right version, as the worker's user, and
     * each request loads it at first use. `preload.php` logs the exception and goes on, so that
     * php-fpm starts and serves the pages that do not use bbbkit.
     *
     * @return string how the requests get the library: `preload` (the scope) or `first use`
     *
     * @throws LibraryException when the library is missing, unreadable or another version
     */
    public static function preload(?string $path = null): string
    {
        self::requireFfi();
        if (self::preloaded(true) !== null) {
            return 'preload'; // already loaded by ffi.preload
        }
        $library = self::resolve($path);
        $header = self::preloadHeader($path);
        $file = sprintf('%s/bbbkit-ffi-%s.h', sys_get_temp_dir(), hash('sha256', $header));
        if (!is_file($file) && file_put_contents($file, $header) === false) {
            throw new LibraryException("Cannot write the FFI header to {$file}.", $library);
        }
        try {
            $loaded = @FFI::load($file); // a library that does not load is a warning and null
        } catch (FFI\Exception $e) {
            if (str_contains($e->getMessage(), 'preload_user')) {
                self::load($path); // checked now, loaded by each request at first use
                return 'first use';
            }
            throw new LibraryException(sprintf(
                'Cannot preload the bbbkit library %s from "%s": %s',
                self::VERSION,
                $library,
                $e->getMessage(),
            ), $library, 0, $e);
        }
        if ($loaded === null) {
            throw new LibraryException(sprintf(
                'Cannot preload the bbbkit library %s from "%s": %s%s',
                self::VERSION,
                $library,
                error_get_last()['message'] ?? 'FFI::load() failed',
                self::whyNot($library),
            ), $library);
        }
        self::checkVersion($loaded, $library);
        return 'preload';
    }

    /**
     * The header for `ffi.preload`: the FFI declarations with `FFI_SCOPE "BBBKIT"` and
     * `FFI_LIB` set to the library that `load($path)` would open.
     */
    public static function preloadHeader(?string $path = null): string
    {
        $library = self::resolve($path);
        if ($library !== 'libbbbkit.so') {
            $real = realpath($library);
            $library = $real !== false ? $real : $library;
        }
        return sprintf(
            "#define FFI_SCOPE \"%s\"\n#define FFI_LIB \"%s\"\n%s",
            self::SCOPE,
            addcslashes($library, "\"\\"),
            self::headerText(),
        );
    }

    /** The header PHP FFI reads: `include/bbbkit_ffi.h`, shipped with the package. */
    public static function headerPath(): string
    {
        foreach ([dirname(__DIR__) . '/include/bbbkit_ffi.h', dirname(__DIR__, 3) . '/include/bbbkit_ffi.h'] as $file) {
            if (is_file($file)) {
                return $file;
            }
        }
        throw new LibraryException('The bbbkit FFI header include/bbbkit_ffi.h is missing from the package.');
    }

    /** The version of the native library, such as `0.1.0`: {@see Library::VERSION}. */
    public function version(): string
    {
        return (string) $this->ffi->bbbkit_version();
    }

    /** The library this package carries: `lib/<os>-<arch>/` (the release archive), else `lib/`. */
    private static function packageLibrary(): string
    {
        $os = strtolower(PHP_OS_FAMILY); // linux, darwin, windows
        $arch = strtolower(php_uname('m'));
        $arch = ['amd64' => 'x86_64', 'x64' => 'x86_64', 'arm64' => 'aarch64'][$arch] ?? $arch;
        $file = match ($os) {
            'darwin' => 'libbbbkit.dylib',
            'windows' => 'bbbkit.dll',
            default => 'libbbbkit.so',
        };
        $lib = dirname(__DIR__) . '/lib';
        return is_file("{$lib}/{$os}-{$arch}/{$file}") ? "{$lib}/{$os}-{$arch}/{$file}" : "{$lib}/libbbbkit.so";
    }

    /** What is wrong with a library path that did not load, when the file system tells. */
    private static function whyNot(string $library): string
    {
        if (!str_contains($library, '/')) {
            return ''; // a name for the system library path
        }
        if (!file_exists($library)) {
            return ' (no such file)';
        }
        if (!is_readable($library)) {
            $user = function_exists('posix_geteuid') ? (posix_getpwuid(posix_geteuid())['name'] ?? 'this user') : 'this user';
            return " (not readable by {$user})";
        }
        return '';
    }

    private static function headerText(): string
    {
        $text = file_get_contents(self::headerPath());
        if ($text === false) {
            throw new LibraryException('Cannot read ' . self::headerPath() . '.');
        }
        return $text;
    }

    private static function requireFfi(): void
    {
        if (!extension_loaded('ffi')) {
            throw new LibraryException(
                'bbbkit needs the PHP FFI extension: install it (Debian and Ubuntu ship it in '
                . 'php-cli / php-fpm) and enable it with `extension=ffi` in php.ini.'
            );
        }
        $mode = strtolower((string) ini_get('ffi.enable'));
        if ($mode === '0' || $mode === 'false' || $mode === 'off') {
            throw new LibraryException(
                'PHP FFI is disabled (ffi.enable=0): set `ffi.enable=preload` and '
                . '`opcache.preload=.../preload.php` (php-fpm), or `ffi.enable=1`.'
            );
        }
    }

    /** The scope preloaded at start-up, checked, or null when there is none. */
    private static function preloaded(bool $checkVersion): ?self
    {
        try {
            $ffi = FFI::scope(self::SCOPE);
        } catch (FFI\Exception) {
            return null;
        }
        if ($checkVersion) {
            self::checkVersion($ffi, self::resolve(), true);
        }
        return new self($ffi, 'preload');
    }

    // ---- conversions, for the classes of this package ------------------------------------

    /**
     * A string argument. A NUL byte cannot cross the C ABI; like every control character it
     * is refused. The value may be a secret, so it is hidden from stack traces.
     *
     * @internal
     */
    public function arg(#[\SensitiveParameter] string $value, string $parameter): string
    {
        if (str_contains($value, "\0")) {
            throw new InvalidParameterException(
                "invalid parameter `{$parameter}`: must not contain control characters",
                $parameter,
                'control_character',
            );
        }
        return $value;
    }

    /**
     * A borrowed `bbbkit_str` as a PHP string, or null when absent.
     *
     * @internal
     */
    public static function str(CData $s): ?string
    {
        if (FFI::isNull($s->data)) {
            return null;
        }
        return $s->len === 0 ? '' : FFI::string($s->data, $s->len);
    }

    /**
     * An owned `char *` out-parameter as a PHP string; frees it.
     *
     * @internal
     */
    public function take(CData $out): string
    {
        try {
            return FFI::string($out);
        } finally {
            $this->ffi->bbbkit_string_free($out);
        }
    }

    /**
     * Throws the exception for a result code that is not OK.
     *
     * @internal
     */
    public function check(int $result): void
    {
        if ($result === $this->ok) {
            return;
        }
        $f = $this->ffi;
        $message = (string) $f->bbbkit_last_error_message();
        $verify = $f->bbbkit_last_error_verify_code();
        if ($verify !== null) {
            throw VerifyException::forKind((string) $verify, $message);
        }
        $callback = $f->bbbkit_last_error_callback_code();
        if ($callback !== null) {
            throw CallbackException::forKind((string) $callback, $message, $f->bbbkit_last_error_http_status());
        }
        // The result codes by their names in the header; the kinds of failure that have
        // subclasses (verification, callbacks, API) come with their own codes, read above and
        // in ApiException.
        throw match ($result) {
            $f->BBBKIT_RESULT_NULL_PARAMETER, $f->BBBKIT_RESULT_INVALID_UTF8, $f->BBBKIT_RESULT_INVALID_PARAMETER => new InvalidParameterException(
                $message,
                (string) $f->bbbkit_last_error_parameter(),
                (string) $f->bbbkit_last_error_rule(),
            ),
            $f->BBBKIT_RESULT_PARSE => new ParseException($message, (string) $f->bbbkit_last_error_parse_code()),
            $f->BBBKIT_RESULT_API => ApiException::fromNative($this, $f->bbbkit_last_api_error()),
            default => new InternalErrorException($message !== '' ? $message : "bbbkit failed with code {$result}"),
        };
    }
}
