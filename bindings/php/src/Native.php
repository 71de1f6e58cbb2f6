<?php

declare(strict_types=1);

namespace BbbKit;

use FFI\CData;

/**
 * Helpers shared by the classes of this package.
 *
 * @internal
 */
final class Native
{
    /**
     * Runs a `bbbkit_*_from_str` conversion and returns the enum's native value. A value
     * refused for a join parameter (`$parameter` is one of {@see JoinRequest::PARAMETERS}) is
     * refused as the library refuses it in a request: naming that parameter.
     */
    public static function parseEnum(?Library $library, string $function, string $value, string $parameter): int
    {
        $lib = $library ?? Library::default();
        $f = $lib->ffi;
        $out = $f->new('uint32_t');
        $r = $f->$function($lib->arg($value, $parameter), \FFI::addr($out));
        if ($r !== $lib->ok) {
            if (isset(JoinRequest::PARAMETERS[$parameter])) {
                $packed = "{$parameter}\0{$value}";
                $join = $f->new('bbbkit_join*');
                $r = $f->bbbkit_join_from_params($packed, \strlen($packed), \FFI::addr($join));
                if ($r === $lib->ok) { // not refused in a request after all: the first error stands
                    $f->bbbkit_join_free($join);
                    $r = $f->$function($value, \FFI::addr($out));
                }
            }
            $lib->check($r);
        }
        return $out->cdata;
    }

    /**
     * A C array of `count` strings, and the buffers that must live as long as it. `$values`
     * may be secrets (a Verifier's), so it is hidden from stack traces.
     *
     * @param list<string>        $values
     * @param list<string>|string $parameters the parameter each value is (for errors)
     * @return array{0: CData|null, 1: list<CData>}
     */
    public static function stringArray(Library $lib, #[\SensitiveParameter] array $values, array|string $parameters): array
    {
        $count = count($values);
        if ($count === 0) {
            return [null, []];
        }
        $array = $lib->ffi->new("const char*[{$count}]");
        $keep = [];
        foreach ($values as $i => $value) {
            $lib->arg($value, is_array($parameters) ? $parameters[$i] : $parameters);
            $len = strlen($value);
            $buffer = $lib->ffi->new('char[' . ($len + 1) . ']');
            if ($len > 0) {
                \FFI::memcpy($buffer, $value, $len);
            }
            $keep[] = $buffer;
            $array[$i] = $lib->ffi->cast('const char*', $buffer);
        }
        return [$array, $keep];
    }

    /**
     * @param array<mixed> $values key => value, or [key, value] pairs
     * @return list<array{0: string, 1: string}>
     */
    public static function pairs(array $values, string $parameter): array
    {
        $pairs = [];
        foreach ($values as $key => $value) {
            if (is_string($value) && is_string($key)) {
                $pairs[] = [$key, $value]; // the usual case, first: this runs once per request
                continue;
            }
            if (is_array($value)) {
                if (count($value) !== 2 || !array_is_list($value) || !is_string($value[0])) {
                    throw new \TypeError("{$parameter}: a pair must be [string key, value]");
                }
                [$key, $value] = $value;
            }
            if (!is_string($value) && !is_int($value) && !is_bool($value)) {
                throw new \TypeError("{$parameter}[{$key}] must be of type string, int or bool, " . get_debug_type($value) . ' given');
            }
            $pairs[] = [(string) $key, is_bool($value) ? ($value ? 'true' : 'false') : (string) $value];
        }
        return $pairs;
    }
}
