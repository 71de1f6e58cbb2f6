<?php

declare(strict_types=1);

namespace BbbKit\Exception;

use BbbKit\Library;

/**
 * The FFI extension or the native library is missing, unreadable, or another version than the
 * package's: the message names the library's path and the expected version, and says what to
 * install or enable.
 */
final class LibraryException extends \RuntimeException implements BbbException
{
    public function __construct(
        string $message,
        private readonly ?string $libraryPath = null,
        int $code = 0,
        ?\Throwable $previous = null,
    ) {
        parent::__construct($message, $code, $previous);
    }

    /** The library file that was tried (a path, or `libbbbkit.so` for the system path), if any. */
    public function getLibraryPath(): ?string
    {
        return $this->libraryPath;
    }

    /** The version of the library this package needs: {@see Library::VERSION}. */
    public function getExpectedVersion(): string
    {
        return Library::VERSION;
    }
}
