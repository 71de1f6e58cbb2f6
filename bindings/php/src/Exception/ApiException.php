<?php

declare(strict_types=1);

namespace BbbKit\Exception;

use BbbKit\ApiErrorDetail;
use BbbKit\Library;
use FFI\CData;

/**
 * The server answered FAILED. The subclass tells what happened; match on the class (or on
 * `getKey()`), never on the message, which old servers word differently.
 *
 * `getKey()` and `getServerMessage()` are those of the first error; `getErrors()` holds all
 * of them, in order, and is never empty.
 */
class ApiException extends \RuntimeException implements BbbException
{
    /** @var list<ApiErrorDetail> */
    private readonly array $errors;

    /**
     * @param list<ApiErrorDetail> $errors
     */
    final public function __construct(
        private readonly string $key,
        private readonly string $serverMessage,
        array $errors = [],
    ) {
        $this->errors = $errors !== [] ? $errors : [new ApiErrorDetail($key, $serverMessage)];
        parent::__construct("BigBlueButton answered FAILED: {$key}: {$serverMessage}");
    }

    /** The first error's `messageKey`, exactly as the server spells it (may be empty). */
    public function getKey(): string
    {
        return $this->key;
    }

    /** The first error's message, as sent (may be empty). */
    public function getServerMessage(): string
    {
        return $this->serverMessage;
    }

    /** @return list<ApiErrorDetail> every error, in the order the server sent them */
    public function getErrors(): array
    {
        return $this->errors;
    }

    /**
     * The errors of a redirect to `errorRedirectUrl` (`…?errors=[{"key":…,"message":…}]`),
     * given its `Location`: an exception of the class for its key, to throw or inspect.
     *
     * @throws ParseException (code `no_errors`) when the location carries no readable errors
     */
    public static function fromErrorRedirect(string $location, ?Library $library = null): self
    {
        $lib = $library ?? Library::default();
        $out = $lib->ffi->new('bbbkit_api_error*');
        $lib->check($lib->ffi->bbbkit_parse_error_redirect($lib->arg($location, 'location'), \FFI::addr($out)));
        try {
            return self::fromNative($lib, $out);
        } finally {
            $lib->ffi->bbbkit_api_error_free($out);
        }
    }

    /** @internal builds the exception from a native `bbbkit_api_error`. */
    public static function fromNative(Library $lib, ?CData $error): self
    {
        $f = $lib->ffi;
        $errors = [];
        $count = $error === null ? 0 : $f->bbbkit_api_error_errors_len($error);
        for ($i = 0; $i < $count; $i++) {
            $errors[] = new ApiErrorDetail(
                Library::str($f->bbbkit_api_error_error_key_str($error, $i)) ?? '',
                Library::str($f->bbbkit_api_error_error_message($error, $i)) ?? '',
            );
        }
        $key = $error === null ? '' : (Library::str($f->bbbkit_api_error_key_str($error)) ?? '');
        $message = $error === null ? '' : (Library::str($f->bbbkit_api_error_message($error)) ?? '');
        $class = self::classFor($error === null ? 0 : $f->bbbkit_api_error_key($error));
        return new $class($key, $message, $errors);
    }

    /**
     * The exception class for a typed key (a `bbbkit_message_key` value).
     *
     * @return class-string<ApiException>
     */
    private static function classFor(int $key): string
    {
        return match ($key) {
            1 => ChecksumErrorException::class,
            2 => MeetingEndedException::class,
            3, 16 => MeetingNotFoundException::class,
            10 => MaxParticipantsReachedException::class,
            11 => GuestDeniedException::class,
            9 => CreateTimeMismatchException::class,
            15 => UserNotFoundException::class,
            17 => MeetingIdNotUniqueException::class,
            14 => ApiNotEnabledException::class,
            4, 5, 6, 7, 8, 12, 13 => InvalidRequestException::class,
            default => UnknownApiErrorException::class,
        };
    }
}
