<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/** `mismatchCreateTimeParam`: the meeting was recreated since the URL was made; create it again, then join. */
final class CreateTimeMismatchException extends ApiException
{
}
