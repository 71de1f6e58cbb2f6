<?php

declare(strict_types=1);

namespace BbbKit;

use BbbKit\Exception\ParseException;

/**
 * The default size limit of a parse, derived from `memory_limit`: an answer that would not fit
 * in the PHP memory left is refused with a {@see ParseException} (`too_large`) before it is
 * parsed, instead of PHP dying with "Allowed memory size … exhausted", a fatal error no code can
 * catch.
 *
 * A parse needs, on top of the body already held, about `TYPED` times the body's size of PHP
 * memory at its peak (the library's compact JSON text, the lists `json_decode` makes of it and
 * the objects built from them; the library's own memory is outside `memory_limit`). Measured
 * with `memory_get_peak_usage` (as `tools/bench/peak.php` prints it): 3.3 times for a 50 MB
 * getRecordings answer and for getMeetingInfo with 40,000 attendees through the typed classes
 * (4.8 and 5.4 times when they were built from the keyed JSON form); 6.2 and 7.9 times for
 * the same answers through {@see Response::parse()}, whose {@see Element} objects are larger.
 *
 * @internal
 */
final class MemoryBudget
{
    /** The PHP memory a typed parse takes at its peak, per byte of the answer (with a margin). */
    public const TYPED = 4;
    /**
     * The same for an answer of at most {@see Answers::SERIALIZED_UP_TO} bytes, which crosses
     * in PHP's serialize format: `unserialize` makes hash tables (4.6 times the answer).
     */
    public const TYPED_SERIALIZED = 5;
    /** The same for {@see Response::parse()} (the generic tree of {@see Element} objects). */
    public const GENERIC = 9;
    /** The library's own default size limit: 64 MiB. */
    public const DEFAULT_MAX_SIZE = 64 * 1024 * 1024;

    /**
     * `memory_limit` in bytes (`128M`, `1G`, `512K`, `134217728`), or null when unlimited
     * (`-1`, or any negative value).
     */
    public static function bytes(string $ini): ?int
    {
        $ini = trim($ini);
        if ($ini === '' || !preg_match('/^(-?\d+)\s*([kmg]?)$/i', $ini, $m)) {
            return null; // unreadable: leave the decision to the library's own limit
        }
        $n = (int) $m[1];
        if ($n < 0) {
            return null;
        }
        return match (strtolower($m[2])) {
            'g' => $n * 1024 * 1024 * 1024,
            'm' => $n * 1024 * 1024,
            'k' => $n * 1024,
            default => $n,
        };
    }

    /**
     * The largest answer that fits in the PHP memory left, for a parse taking `$peakPerByte`
     * times its size; null when `memory_limit` is unlimited.
     */
    public static function maxSize(int $peakPerByte = self::TYPED): ?int
    {
        $limit = self::bytes((string) ini_get('memory_limit'));
        if ($limit === null) {
            return null;
        }
        return intdiv(max(0, $limit - memory_get_usage()), $peakPerByte);
    }

    /**
     * Refuses an answer of `$length` bytes that would not fit: throws unless it is within both
     * the explicit `$maxSize` (checked by the library) and what `memory_limit` leaves. An
     * explicit `$maxSize` can lower the limit, not raise it past the memory left.
     *
     * @throws ParseException `too_large`
     */
    public static function check(int $length, ?int $maxSize, int $peakPerByte = self::TYPED): void
    {
        $fits = self::maxSize($peakPerByte);
        if ($fits === null || $length <= $fits || $length > ($maxSize ?? self::DEFAULT_MAX_SIZE)) {
            return; // fits, or the library refuses it with its own limit's message
        }
        throw new ParseException(sprintf(
            'the response is %d bytes, over the limit of %d bytes that memory_limit=%s leaves: '
            . 'parsing takes about %d times the answer\'s size in PHP memory and %d bytes are free. '
            . 'Raise memory_limit, or ask the server for less (getRecordings takes limit and offset)',
            $length,
            $fits,
            (string) ini_get('memory_limit'),
            $peakPerByte,
            max(0, (int) self::bytes((string) ini_get('memory_limit')) - memory_get_usage()),
        ), 'too_large');
    }
}
