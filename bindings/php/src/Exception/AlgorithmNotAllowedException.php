<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/** The checksum's algorithm is not on the verifier's allow-list. */
final class AlgorithmNotAllowedException extends VerifyException
{
}
