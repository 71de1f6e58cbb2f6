<?php

declare(strict_types=1);

namespace BbbKit;

/**
 * One user of a meeting (getMeetingInfo's or getMeetings' `<attendee>`).
 *
 * Built from the library's typed answer (its JSON form: the keys are the snake case of the
 * BBB element names, here in camel case). Absent optional values are null; `metadata` and
 * `customData` are arrays in the server's order.
 */
// @generated begin answer by bin/generate.php from the library's answer declaration: do not edit
final class Attendee
{
    public function __construct(
        /** `userID`: the *external* user ID (`w_…` when the join gave none). */
        public readonly string $userId,
        /** `fullName`. */
        public readonly ?string $fullName,
        /** `role`: `MODERATOR` or `VIEWER`. */
        public readonly ?string $role,
        /** `isPresenter`. */
        public readonly ?bool $isPresenter,
        /** `isListeningOnly`. */
        public readonly ?bool $isListeningOnly,
        /** `hasJoinedVoice`. */
        public readonly ?bool $hasJoinedVoice,
        /** `hasVideo`. */
        public readonly ?bool $hasVideo,
        /** `clientType` (`HTML5`, …). */
        public readonly ?string $clientType,
        /**
         * `customdata`: the join's `userdata-<key>` values, in the server's order.
         *
         * @var array<string, string>
         */
        public readonly array $customData,
    ) {
    }

    /**
     * @internal from the library's JSON form
     *
     * @param array<string, mixed> $a
     */
    public static function fromArray(array $a): self
    {
        return new self(
            $a['user_id'],
            $a['full_name'],
            $a['role'],
            $a['is_presenter'],
            $a['is_listening_only'],
            $a['has_joined_voice'],
            $a['has_video'],
            $a['client_type'],
            $a['custom_data'],
        );
    }

    /**
     * @internal from the library's compact form (`bbbkit_parse_answer_php`, unserialized):
     * the values in the order of the declared fields
     *
     * @param list<mixed> $r
     */
    public static function fromRow(array $r): self
    {
        return new self(
            $r[0],
            $r[1],
            $r[2],
            $r[3],
            $r[4],
            $r[5],
            $r[6],
            $r[7],
            $r[8],
        );
    }
    // @generated end answer
}
