<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/** The FFI extension or the native library is missing: the message says what to install or enable. */
final class LibraryException extends \RuntimeException implements BbbException
{
}
