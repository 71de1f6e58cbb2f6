<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/** The checksum does not match the call, the query and any of the secrets. */
final class ChecksumMismatchException extends VerifyException
{
}
