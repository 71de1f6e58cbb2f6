<?php

declare(strict_types=1);

namespace BbbKit\Exception;

use BbbKit\ApiErrorDetail;
use BbbKit\Library;
use FFI\CData;

/**
 * The server answered FAILED. The subclass tells what happened: one class per kind of the
 * library (`getKind()`, such as `meeting_not_found` → MeetingNotFoundException). Match on the
 * class, the kind or `getKey()`, never on the message, which old servers word differently.
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
     * @param array<string, string> $details
     */
    final public function __construct(
        private readonly string $key,
        private readonly string $serverMessage,
        array $errors = [],
        private readonly ?string $kind = null,
        private readonly array $details = [],
    ) {
        $this->errors = $errors !== [] ? $errors : [new ApiErrorDetail($key, $serverMessage)];
        parent::__construct("BigBlueButton answered FAILED: {$key}: {$serverMessage}");
    }

    /** The first error's `messageKey`, exactly as the server spells it (may be empty). */
    public function getKey(): string
    {
        return $this->key;
    }

    /**
     * What the failure means for the application, as the library classifies the first key in
     * the call answered: `checksum_error`, `meeting_ended`, `meeting_not_found`,
     * `recording_not_found` (`notFound` on publishRecordings, deleteRecordings and
     * updateRecordings), `create_time_mismatch`, …, `unknown_api_error`. The exception's class
     * is named after it.
     */
    public function getKind(): string
    {
        return $this->kind ?? (static::class === self::class ? 'unknown_api_error' : Kinds::ofClass(static::class));
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
     * The other values of the FAILED answer, element name => text in document order (a failed
     * putRecordingTextTrack keeps its `recordId`); usually empty.
     *
     * @return array<string, string>
     */
    public function getDetails(): array
    {
        return $this->details;
    }

    /** One value of `getDetails()` (`getDetail('recordId')`); null when the answer has none. */
    public function getDetail(string $name): ?string
    {
        return $this->details[$name] ?? null;
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
                (string) $f->bbbkit_api_error_kind_name($f->bbbkit_api_error_error_kind($error, $i)),
            );
        }
        $details = [];
        $count = $error === null ? 0 : $f->bbbkit_api_error_details_len($error);
        for ($i = 0; $i < $count; $i++) {
            $name = Library::str($f->bbbkit_api_error_detail_name($error, $i)) ?? '';
            $details[$name] ??= Library::str($f->bbbkit_api_error_detail_value($error, $i)) ?? '';
        }
        $key = $error === null ? '' : (Library::str($f->bbbkit_api_error_key_str($error)) ?? '');
        $message = $error === null ? '' : (Library::str($f->bbbkit_api_error_message($error)) ?? '');
        $kind = (string) $f->bbbkit_api_error_kind_name(
            $error === null ? $f->BBBKIT_API_ERROR_KIND_UNKNOWN_API_ERROR : $f->bbbkit_api_error_get_kind($error),
        );
        $class = self::classFor($kind);
        return new $class($key, $message, $errors, $kind, $details);
    }

    /**
     * The exception class for a kind of the library (`bbbkit_api_error_kind_name`): the class
     * named after it, one to one; UnknownApiErrorException for a kind newer than this package.
     *
     * @return class-string<ApiException>
     */
    public static function classFor(string $kind): string
    {
        return Kinds::classOf($kind, self::class) ?? UnknownApiErrorException::class;
    }
}
