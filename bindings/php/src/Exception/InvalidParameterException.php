<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/**
 * Input refused before anything was signed: names the parameter and the rule it broke.
 *
 * The message never contains the shared secret.
 */
class InvalidParameterException extends \InvalidArgumentException implements BbbException
{
    public function __construct(
        string $message,
        private readonly string $parameter,
        private readonly string $rule,
    ) {
        parent::__construct($message);
    }

    /** The parameter as the BBB API spells it: `meetingID`, `userdata-color`, `secret`. */
    public function getParameter(): string
    {
        return $this->parameter;
    }

    /** The rule's code: `required`, `empty`, `length`, `no_comma`, `http_url`, `one_of`, … */
    public function getRule(): string
    {
        return $this->rule;
    }
}
