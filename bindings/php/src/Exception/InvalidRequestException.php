<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/** The server refused the request's parameters (`missingParamMeetingID`, `validationError`, `Params required`, …). */
final class InvalidRequestException extends ApiException
{
}
