<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/** The token is unsigned (`alg: none`): never accepted. */
final class CallbackAlgorithmNoneException extends CallbackException
{
}
