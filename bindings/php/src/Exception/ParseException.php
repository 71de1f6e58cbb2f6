<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/** Bytes that could not be read as a BigBlueButton response (an HTML error page, a truncated body, …). */
final class ParseException extends \UnexpectedValueException implements BbbException
{
    public function __construct(string $message, private readonly string $parseCode)
    {
        parent::__construct($message);
    }

    /**
     * A stable code: `too_large`, `invalid_utf8`, `doctype`, `unknown_entity`, `too_deep`,
     * `malformed`, `not_bbb`, `missing_field`, `invalid_field`, `no_errors`.
     */
    public function getParseCode(): string
    {
        return $this->parseCode;
    }
}
