<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/** The signature, checksum or bearer secret matches none of the secrets. */
final class CallbackSignatureException extends CallbackException
{
}
