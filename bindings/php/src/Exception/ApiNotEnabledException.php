<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/** `apiNotEnabled`: the API is switched off on the server. */
final class ApiNotEnabledException extends ApiException
{
}
