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
final class Attendee
{
    public function __construct(
        public readonly string $userId,
        public readonly ?string $fullName,
        public readonly ?string $role,
        public readonly ?bool $isPresenter,
        public readonly ?bool $isListeningOnly,
        public readonly ?bool $hasJoinedVoice,
        public readonly ?bool $hasVideo,
        public readonly ?string $clientType,
        /** @var array<string, string> */
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
}
