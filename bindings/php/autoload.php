<?php

declare(strict_types=1);

// A PSR-4 autoloader for BbbKit\ without Composer (the preload script and the tests use it).
// With Composer, `vendor/autoload.php` does the same from composer.json.
require_once __DIR__ . '/src/functions.php';

spl_autoload_register(static function (string $class): void {
    $prefix = 'BbbKit\\';
    if (strncmp($class, $prefix, strlen($prefix)) !== 0) {
        return;
    }
    $file = __DIR__ . '/src/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
    if (is_file($file)) {
        require $file;
    }
});
