<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/** The token's algorithm is not HS256, HS384 or HS512. */
final class CallbackAlgorithmUnsupportedException extends CallbackException
{
}
