<?php

declare(strict_types=1);

/*
 * Preloads bbbkit for php-fpm, where `ffi.enable=preload` allows FFI only in preloaded code.
 * This script preloads the BbbKit classes and, unless `ffi.preload` already did, the library.
 *
 * php-fpm whose master runs as root (the usual case) needs `opcache.preload_user`, with which
 * PHP refuses FFI::load(); there the library comes from `ffi.preload` (header written by
 * `php bin/bbbkit-preload-header /etc/php/8.2/bbbkit.h`):
 *
 *   ffi.enable=preload
 *   ffi.preload=/etc/php/8.2/bbbkit.h
 *   opcache.enable=1
 *   opcache.preload=/path/to/vendor/bbbkit/bbbkit/preload.php
 *   opcache.preload_user=www-data
 *
 * A php-fpm that runs as an ordinary user (a container) may leave out the two lines
 * `ffi.preload` and `opcache.preload_user`: this script then loads the library itself, found as
 * at run time (BBBKIT_LIB, else the package's lib/, else the system library path).
 */

$autoload = __DIR__ . '/vendor/autoload.php';
require is_file($autoload) ? $autoload : __DIR__ . '/autoload.php';

// Every class, so that its FFI calls run from preloaded code.
foreach (glob(__DIR__ . '/src/{,Exception/}*.php', GLOB_BRACE) ?: [] as $file) { // functions.php too
    require_once $file;
}

BbbKit\Library::preload();
