<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/** An incoming signed query did not verify. The subclasses tell why. */
abstract class VerifyException extends \RuntimeException implements BbbException
{
    /** A stable code: `checksum_missing`, `checksum_mismatch`, … as in tests/vectors. */
    abstract public function getKind(): string;
}
