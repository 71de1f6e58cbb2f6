<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/** The checksum is not hexadecimal. */
final class ChecksumMalformedException extends VerifyException
{
}
