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
    /** Runs a `bbbkit_*_from_str` conversion and returns the enum's native value. */
    public static function parseEnum(?Library $library, string $function, string $value, string $parameter): int
    {
        $lib = $library ?? Library::default();
        $out = $lib->ffi->new('uint32_t');
        $lib->check($lib->ffi->$function($lib->arg($value, $parameter), \FFI::addr($out)));
        return $out->cdata;
    }

    /**
     * A C array of `count` strings, and the buffers that must live as long as it.
     *
     * @param list<string> $values
     * @return array{0: CData|null, 1: list<CData>}
     */
    public static function stringArray(Library $lib, array $values, string $parameter): array
    {
        $count = count($values);
        if ($count === 0) {
            return [null, []];
        }
        $array = $lib->ffi->new("const char*[{$count}]");
        $keep = [];
        foreach ($values as $i => $value) {
            $lib->arg($value, $parameter);
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
}
