<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/** The token's algorithm is not on the verifier's allow-list (`allow:`). */
final class CallbackAlgorithmNotAllowedException extends CallbackException
{
}
