<?php

declare(strict_types=1);

// Loads BbbKit\ without Composer and the tests' own classes. The library comes from
// BBBKIT_LIB (bindings/c/run-tests.sh sets it) or the package's lib/ folder.
require dirname(__DIR__) . '/autoload.php';

spl_autoload_register(static function (string $class): void {
    $prefix = 'BbbKit\\Tests\\';
    if (strncmp($class, $prefix, strlen($prefix)) === 0) {
        require __DIR__ . '/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
    }
});

define('BBBKIT_REPO', dirname(__DIR__, 3));
