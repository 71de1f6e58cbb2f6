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
 */
final class Library
{
    /** The FFI scope that `preload.php` registers. */
    public const SCOPE = 'BBBKIT';

    /** What dumps show instead of a token or password, as the core's `Debug` shows a secret. */
    public const REDACTED = '[redacted]';

    private static ?self $default = null;

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
        return self::$default ??= self::load();
    }

    /**
     * Makes the library at `$path` the default for every class.
     *
     * @throws LibraryException
     */
    public static function use(string $path): self
    {
        return self::$default = self::load($path);
    }

    /**
     * Loads the library: from `$path` if given, else as described on the class.
     *
     * @throws LibraryException when the FFI extension or the library is missing
     */
    public static function load(?string $path = null): self
    {
        self::requireFfi();
        if ($path === null) {
            $preloaded = self::preloaded();
            if ($preloaded !== null) {
                return $preloaded;
            }
        }
        $library = self::resolve($path);
        if (strtolower((string) ini_get('ffi.enable')) === 'preload' && PHP_SAPI !== 'cli') {
            throw new LibraryException(
                'bbbkit is not preloaded: with ffi.enable=preload (php-fpm), load it at start-up '
                . 'with `opcache.preload=.../preload.php`, or `ffi.preload` with the header from '
                . '`php bin/bbbkit-preload-header` (see README.md).'
            );
        }
        try {
            $ffi = FFI::cdef(self::headerText(), $library);
        } catch (FFI\Exception $e) {
            throw new LibraryException(sprintf(
                'Cannot load the bbbkit library from "%s": %s. Build it with '
                . '`cargo build --release -p bbbkit-c` and set BBBKIT_LIB to the path of '
                . 'libbbbkit.so, copy it to %s, or install it on the system library path.',
                $library,
                $e->getMessage(),
                self::packageLibrary(),
            ), 0, $e);
        }
        return new self($ffi, $library);
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
     * that requests under php-fpm, where `ffi.enable=preload` forbids loading at run time, can
     * use it.
     *
     * PHP refuses `FFI::load()` together with `opcache.preload_user` (which a php-fpm master
     * running as root needs): then use `ffi.preload` with the header from
     * {@see Library::preloadHeader()} instead (`bin/bbbkit-preload-header`).
     *
     * @throws LibraryException
     */
    public static function preload(?string $path = null): void
    {
        self::requireFfi();
        if (self::preloaded() !== null) {
            return; // already loaded by ffi.preload
        }
        if ((string) ini_get('opcache.preload_user') !== '') {
            throw new LibraryException(
                'PHP refuses FFI::load() together with opcache.preload_user: preload bbbkit with '
                . '`ffi.preload=/etc/php/bbbkit.h` instead, writing that file with '
                . '`php bin/bbbkit-preload-header /etc/php/bbbkit.h` (see README.md).'
            );
        }
        $header = self::preloadHeader($path);
        $file = sprintf('%s/bbbkit-ffi-%s.h', sys_get_temp_dir(), hash('sha256', $header));
        if (!is_file($file) && file_put_contents($file, $header) === false) {
            throw new LibraryException("Cannot write the FFI header to {$file}.");
        }
        try {
            $loaded = FFI::load($file);
        } catch (FFI\Exception $e) {
            throw new LibraryException("Cannot preload the bbbkit library: {$e->getMessage()}", 0, $e);
        }
        if ($loaded === null) {
            throw new LibraryException('Cannot preload the bbbkit library from "' . self::resolve($path) . '".');
        }
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

    /** The version of the native library, such as `0.1.0`. */
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

    private static function preloaded(): ?self
    {
        try {
            $ffi = FFI::scope(self::SCOPE);
        } catch (FFI\Exception) {
            return null;
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
