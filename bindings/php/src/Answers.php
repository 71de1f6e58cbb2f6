<?php

declare(strict_types=1);

namespace BbbKit;

use BbbKit\Exception\ApiException;
use BbbKit\Exception\InvalidParameterException;
use BbbKit\Exception\ParseException;

/**
 * The typed answers of every call, by kind: the library parses the body (XML, or JSON for the
 * text tracks) into its documented JSON form (`bbbkit_parse_answer`), and the classes of this
 * package ({@see MeetingInfo}, {@see Meetings}, {@see Recordings}, {@see Hooks}, …) are built
 * from it. A FAILED answer throws the same {@see ApiException} subclasses as every other parse.
 *
 * ```php
 * $info = MeetingInfo::parse($body);            // ->attendees, ->metadata, ->participantCount, …
 * $page = Recordings::parse($body);             // ->recordings[0]->playback[0]->preview, ->pagination
 * $data = Answers::json('hooks', $body);        // the JSON form itself, as arrays
 * ```
 */
final class Answers
{
    /**
     * The class of each kind's typed answer; {@see Answers::parse()} builds it. (`join` and
     * `create` answers are {@see Joined} and {@see Created}.)
     */
    public const CLASSES = [
        'join' => Joined::class,
        'create' => Created::class,
        'meeting-info' => MeetingInfo::class,
        'meetings' => Meetings::class,
        'running' => MeetingRunning::class,
        'end' => Acknowledged::class,
        'recordings' => Recordings::class,
        'publish' => RecordingsPublished::class,
        'delete' => RecordingsDeleted::class,
        'update' => RecordingsUpdated::class,
        'text-tracks' => TextTracks::class,
        'put-text-track' => TextTrackUploaded::class,
        'insert-document' => Acknowledged::class,
        'chat' => Acknowledged::class,
        'hook-create' => HookCreated::class,
        'hook-destroy' => HookDestroyed::class,
        'hooks' => Hooks::class,
    ];

    /**
     * The typed answer of a kind named at run time: `Answers::parse('recordings', $body)` is
     * `Recordings::parse($body)`.
     *
     * @throws ApiException              (a subclass for its key) when the server answered FAILED
     * @throws ParseException            when the body is not this call's answer
     * @throws InvalidParameterException naming `kind` for a kind this package has no class for
     */
    public static function parse(string $kind, string $body, ?int $maxSize = null, ?int $maxDepth = null, ?Library $library = null): object
    {
        $class = self::CLASSES[$kind] ?? throw new InvalidParameterException(
            "invalid parameter `kind`: must be one of " . implode(', ', array_keys(self::CLASSES)),
            'kind',
            'one_of',
        );
        return $class::fromRow(self::row($kind, $body, $maxSize, $maxDepth, $library));
    }

    /**
     * The answer's JSON form, decoded into arrays: keys are the snake case of the BBB element
     * names (see the core's `answers` module docs for each kind's keys).
     *
     * @param string   $kind     `meeting-info`, `meetings`, `running`, `end`, `recordings`,
     *                           `publish`, `delete`, `update`, `text-tracks`,
     *                           `put-text-track`, `insert-document`, `chat`, `hook-create`,
     *                           `hook-destroy`, `hooks`, `join` or `create` ({@see Answers::kinds()})
     * @param int|null $maxSize  the largest body accepted, in bytes (default 64 MiB)
     * @param int|null $maxDepth the deepest nesting of elements accepted (default 32)
     *
     * @return array<string, mixed>
     *
     * @throws ApiException              (a subclass for its key) when the server answered FAILED
     * @throws ParseException            when the body is not this call's answer
     * @throws InvalidParameterException naming `kind` for a kind the library does not know
     */
    public static function json(string $kind, string $body, ?int $maxSize = null, ?int $maxDepth = null, ?Library $library = null): array
    {
        $lib = $library ?? Library::default();
        $f = $lib->ffi;
        $out = $f->new('char*');
        $options = Response::options($lib, $maxSize, $maxDepth, $body); // kept alive across the call
        $lib->check($f->bbbkit_parse_answer(
            $lib->arg($kind, 'kind'),
            $body,
            \strlen($body),
            $options === null ? null : \FFI::addr($options),
            \FFI::addr($out),
        ));
        return json_decode($lib->take($out), true, 512, JSON_THROW_ON_ERROR);
    }

    /**
     * The largest answer, in bytes, that crosses from the library in PHP's serialize format;
     * a larger one crosses as compact JSON. `unserialize` reads the serialize format about twice
     * as fast as `json_decode` reads the same values from JSON, but makes hash tables where
     * `json_decode` makes packed lists: a typed parse's peak is about 4.6 times the answer
     * instead of 3.3, which matters only for large answers.
     */
    public const SERIALIZED_UP_TO = 1024 * 1024;

    /**
     * The answer in the library's compact form, read: each record a list of its values in the
     * order of its declared fields (what the classes' `fromRow` read); maps keyed by their
     * names. No key string per field: lists instead of {@see Answers::json()}'s keyed arrays.
     * Up to {@see Answers::SERIALIZED_UP_TO} bytes the library writes it in PHP's serialize
     * format (`bbbkit_parse_answer_php`: arrays, strings, integers, booleans and nulls only,
     * never an object) and `unserialize` reads it; a larger answer comes as compact JSON
     * (`bbbkit_parse_answer_compact`), read by `json_decode`.
     *
     * @internal
     *
     * @return list<mixed>
     *
     * @throws ApiException              (a subclass for its key) when the server answered FAILED
     * @throws ParseException            when the body is not this call's answer
     * @throws InvalidParameterException naming `kind` for a kind the library does not know
     */
    public static function row(string $kind, string $body, ?int $maxSize = null, ?int $maxDepth = null, ?Library $library = null): array
    {
        $lib = $library ?? Library::default();
        $f = $lib->ffi;
        $out = $f->new('char*');
        $serialized = \strlen($body) <= self::SERIALIZED_UP_TO;
        // kept alive across the call
        $options = Response::options($lib, $maxSize, $maxDepth, $body, $serialized ? MemoryBudget::TYPED_SERIALIZED : MemoryBudget::TYPED);
        $k = $lib->arg($kind, 'kind');
        $o = $options === null ? null : \FFI::addr($options);
        $lib->check($serialized
            ? $f->bbbkit_parse_answer_php($k, $body, \strlen($body), $o, \FFI::addr($out))
            : $f->bbbkit_parse_answer_compact($k, $body, \strlen($body), $o, \FFI::addr($out)));
        // The text is a temporary: PHP frees it as soon as it is read.
        $row = $serialized
            ? unserialize($lib->take($out), ['allowed_classes' => false])
            : json_decode($lib->take($out), true, 512, JSON_THROW_ON_ERROR);
        if (!\is_array($row)) {
            throw new ParseException("the library's answer for `{$kind}` could not be read", 'invalid_field');
        }
        return $row;
    }

    /**
     * Every answer kind the library knows, in its order.
     *
     * @return list<string>
     */
    public static function kinds(?Library $library = null): array
    {
        $f = ($library ?? Library::default())->ffi;
        $kinds = [];
        for ($i = 0, $n = $f->bbbkit_answer_kind_count(); $i < $n; $i++) {
            $kinds[] = (string) $f->bbbkit_answer_kind_name($i);
        }
        return $kinds;
    }
}
