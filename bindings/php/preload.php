<?php

declare(strict_types=1);

/*
 * Preloads bbbkit for php-fpm, where `ffi.enable=preload` allows FFI only in preloaded code:
 *
 *   ffi.enable=preload
 *   opcache.enable=1
 *   opcache.preload=/path/to/vendor/bbbkit/bbbkit/preload.php
 *   opcache.preload_user=www-data        ; when php-fpm's master runs as root
 *
 * This script preloads the BbbKit classes, then loads the library (BBBKIT_LIB, else the
 * package's lib/, else the system library path) and checks that it is the package's version,
 * Library::VERSION. It never stops php-fpm from starting: a library that is missing, unreadable
 * or another version is logged (php-fpm's error log), every page is served, and bbbkit calls
 * throw BbbKit\Exception\LibraryException naming the library and the expected version until
 * the library is fixed and php-fpm restarted.
 *
 * Where PHP allows FFI::load() here (a master that is not root; PHP 8.3+ with
 * opcache.preload_user set to the master's own user) the library is loaded once, into the FFI
 * scope BBBKIT. PHP 8.2 refuses FFI::load() with opcache.preload_user: the library is then only
 * checked here, as that user, and each request that uses bbbkit loads it at first use.
 */

$autoload = __DIR__ . '/vendor/autoload.php';
require is_file($autoload) ? $autoload : __DIR__ . '/autoload.php';

// Every class, so that its FFI calls run from preloaded code.
foreach (glob(__DIR__ . '/src/{,Exception/}*.php', GLOB_BRACE) ?: [] as $file) { // functions.php too
    require_once $file;
}

try {
    BbbKit\Library::preload();
} catch (BbbKit\Exception\BbbException $e) {
    error_log('bbbkit: ' . rtrim($e->getMessage(), '.') . '. PHP goes on: bbbkit calls throw '
        . BbbKit\Exception\LibraryException::class . ' until this is fixed and php-fpm restarted.');
}
