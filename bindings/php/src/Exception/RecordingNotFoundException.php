<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/** `notFound` on publishRecordings, deleteRecordings or updateRecordings: no recording has those IDs. */
final class RecordingNotFoundException extends ApiException
{
}
