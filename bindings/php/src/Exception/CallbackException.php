<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/**
 * A callback from BigBlueButton did not verify (recording-ready, analytics, webhook or
 * end-meeting). The subclass tells why: one class per kind of failure, named after the
 * library's code (`callback_signature` → CallbackSignatureException).
 *
 * Answer the sender {@see getHttpStatus()} (401) and nothing else: bbb-webhooks treats 401 as
 * final, while any other error status makes it retry a dozen times and then delete the hook.
 * The message never contains a secret or a token.
 */
abstract class CallbackException extends \RuntimeException implements BbbException
{
    public function __construct(
        string $message = '',
        private readonly ?string $kind = null,
        private readonly int $httpStatus = 401,
    ) {
        parent::__construct($message);
    }

    /** A stable code: `callback_signature`, `callback_expired`, … as in tests/vectors. */
    public function getKind(): string
    {
        return $this->kind ?? Kinds::ofClass(static::class);
    }

    /** The HTTP status to answer the sender: 401, as the library says. */
    public function getHttpStatus(): int
    {
        return $this->httpStatus;
    }

    /**
     * The exception for a callback code of the library (`bbbkit_last_error_callback_code`):
     * the class named after it. A code newer than this package is a signature failure that
     * keeps its code.
     *
     * @internal
     */
    public static function forKind(string $kind, string $message, int $httpStatus = 401): self
    {
        $class = Kinds::classOf($kind, self::class) ?? CallbackSignatureException::class;
        return new $class($message, $kind, $httpStatus);
    }
}
