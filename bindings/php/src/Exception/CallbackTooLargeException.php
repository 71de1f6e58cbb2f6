<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/** The body or token is larger than the verifier's size limit. */
final class CallbackTooLargeException extends CallbackException
{
}
