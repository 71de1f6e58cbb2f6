<?php

declare(strict_types=1);

namespace BbbKit;

/** One bbb-webhooks event of a verified {@see WebhookPost}. */
final class WebhookEvent
{
    public function __construct(
        /** The event's id (`meeting-ended`, `user-joined`, …), or a raw event's `envelope.name`. */
        public readonly string $id,
        /** `attributes.meeting["internal-meeting-id"]` (or a raw event's `meetingId`), if any. */
        public readonly ?string $internalMeetingId,
        /** `attributes.meeting["external-meeting-id"]`, if any. */
        public readonly ?string $externalMeetingId,
        /** `event.ts`, epoch milliseconds, if any. */
        public readonly ?int $timestamp,
        /** The whole event as JSON text, for every other attribute. */
        public readonly string $raw,
    ) {
    }

    /**
     * The whole event decoded (`$event->data()['data']['attributes']['user']`).
     *
     * @return array<string, mixed>
     */
    public function data(): array
    {
        $data = json_decode($this->raw, true, 512, JSON_THROW_ON_ERROR);
        return is_array($data) ? $data : [];
    }
}
