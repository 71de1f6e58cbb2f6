<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/** The webhook checksum's length matches no algorithm. */
final class CallbackChecksumLengthException extends CallbackException
{
}
