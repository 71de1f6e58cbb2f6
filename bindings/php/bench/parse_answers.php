<?php

declare(strict_types=1);

/*
 * Parsing getMeetingInfo and getRecordings answers from PHP: bbbkit through FFI (the library
 * parses into its compact form, PHP unserializes it and builds the typed classes) against plain
 * SimpleXML code the way bigbluebutton-api-php reads them (SimpleXMLElement, one object per
 * meeting, attendee, recording, format and image, built eagerly), in the same process, best of
 * 5 interleaved rounds. Each input is checked to give the same values both ways before it is
 * timed.
 *
 * Inputs (issue 20's): the fixture get_meeting_info_full.xml (2 attendees), the same with its
 * attendees 50 times (100), and get_recordings_paginated.xml with its recordings 50 times (100
 * recordings, two playback formats with preview images each).
 *
 * Columns: the typed parse (`MeetingInfo::parse`, `Recordings::parse`); the library call alone
 * (the FFI call and the copy of its JSON text into a PHP string, nothing decoded); PHP's part
 * (the typed parse less the library call: json_decode and the objects); SimpleXML; and
 * SimpleXML's time over the typed parse's (above 1: bbbkit is faster).
 *
 *   BBBKIT_LIB=target/release/libbbbkit.so php bindings/php/bench/parse_answers.php [ITERATIONS]
 *
 * BBBKIT_PHP=DIR loads the package from another checkout's bindings/php (to time an older
 * version with its own library in the same session).
 */

require (getenv('BBBKIT_PHP') ?: dirname(__DIR__)) . '/autoload.php';

use BbbKit\Answers;
use BbbKit\MeetingInfo;
use BbbKit\Recordings;

$iterations = (int) ($argv[1] ?? 20000);
$fixtures = dirname(__DIR__, 3) . '/tests/fixtures';

// ---- plain SimpleXML, as bigbluebutton-api-php does it ------------------------------------

final class PlainAttendee
{
    public string $userId;
    public string $fullName;
    public string $role;
    public bool $isPresenter;
    public bool $isListeningOnly;
    public bool $hasJoinedVoice;
    public bool $hasVideo;
    public string $clientType;
    /** @var array<string, string> */
    public array $customData = [];

    public function __construct(SimpleXMLElement $xml)
    {
        $this->userId = $xml->userID->__toString();
        $this->fullName = $xml->fullName->__toString();
        $this->role = $xml->role->__toString();
        $this->isPresenter = $xml->isPresenter->__toString() === 'true';
        $this->isListeningOnly = $xml->isListeningOnly->__toString() === 'true';
        $this->hasJoinedVoice = $xml->hasJoinedVoice->__toString() === 'true';
        $this->hasVideo = $xml->hasVideo->__toString() === 'true';
        $this->clientType = $xml->clientType->__toString();
        if ($xml->customdata) {
            foreach ($xml->customdata->children() as $data) {
                $this->customData[$data->getName()] = $data->__toString();
            }
        }
    }
}

final class PlainMeeting
{
    public string $meetingId;
    public string $meetingName;
    public int $createTime;
    public string $createDate;
    public int $voiceBridge;
    public string $dialNumber;
    public string $attendeePw;
    public string $moderatorPw;
    public bool $hasBeenForciblyEnded;
    public bool $running;
    public int $participantCount;
    public int $listenerCount;
    public int $voiceParticipantCount;
    public int $videoCount;
    public int $duration;
    public bool $hasUserJoined;
    public string $internalMeetingId;
    public bool $recording;
    public int $startTime;
    public int $endTime;
    public int $maxUsers;
    public int $moderatorCount;
    public bool $isBreakout;
    /** @var list<PlainAttendee> */
    public array $attendees = [];
    /** @var array<string, string> */
    public array $metadata = [];

    public function __construct(string $body)
    {
        $xml = new SimpleXMLElement($body);
        if ($xml->returncode->__toString() !== 'SUCCESS') {
            throw new RuntimeException($xml->messageKey->__toString());
        }
        $this->meetingId = $xml->meetingID->__toString();
        $this->meetingName = $xml->meetingName->__toString();
        $this->createTime = (int) $xml->createTime;
        $this->createDate = $xml->createDate->__toString();
        $this->voiceBridge = (int) $xml->voiceBridge;
        $this->dialNumber = $xml->dialNumber->__toString();
        $this->attendeePw = $xml->attendeePW->__toString();
        $this->moderatorPw = $xml->moderatorPW->__toString();
        $this->hasBeenForciblyEnded = $xml->hasBeenForciblyEnded->__toString() === 'true';
        $this->running = $xml->running->__toString() === 'true';
        $this->participantCount = (int) $xml->participantCount;
        $this->listenerCount = (int) $xml->listenerCount;
        $this->voiceParticipantCount = (int) $xml->voiceParticipantCount;
        $this->videoCount = (int) $xml->videoCount;
        $this->duration = (int) $xml->duration;
        $this->hasUserJoined = $xml->hasUserJoined->__toString() === 'true';
        $this->internalMeetingId = $xml->internalMeetingID->__toString();
        $this->recording = $xml->recording->__toString() === 'true';
        $this->startTime = (int) $xml->startTime;
        $this->endTime = (int) $xml->endTime;
        $this->maxUsers = (int) $xml->maxUsers;
        $this->moderatorCount = (int) $xml->moderatorCount;
        $this->isBreakout = $xml->isBreakout->__toString() === 'true';
        foreach ($xml->attendees->attendee as $attendee) {
            $this->attendees[] = new PlainAttendee($attendee);
        }
        foreach ($xml->metadata->children() as $data) {
            $this->metadata[$data->getName()] = $data->__toString();
        }
    }
}

final class PlainImage
{
    public function __construct(
        public string $url,
        public int $width,
        public int $height,
        public string $alt,
    ) {
    }
}

final class PlainFormat
{
    public string $type;
    public string $url;
    public int $processingTime;
    public int $length;
    /** @var list<PlainImage> */
    public array $preview = [];

    public function __construct(SimpleXMLElement $xml)
    {
        $this->type = $xml->type->__toString();
        $this->url = $xml->url->__toString();
        $this->processingTime = (int) $xml->processingTime;
        $this->length = (int) $xml->length;
        if ($xml->preview && $xml->preview->images) {
            foreach ($xml->preview->images->image as $image) {
                $this->preview[] = new PlainImage($image->__toString(), (int) $image['width'], (int) $image['height'], (string) $image['alt']);
            }
        }
    }
}

final class PlainRecording
{
    public string $recordId;
    public string $meetingId;
    public string $name;
    public bool $published;
    public string $state;
    public int $startTime;
    public int $endTime;
    public int $participants;
    /** @var array<string, string> */
    public array $metadata = [];
    /** @var list<PlainFormat> */
    public array $playback = [];

    public function __construct(SimpleXMLElement $xml)
    {
        $this->recordId = $xml->recordID->__toString();
        $this->meetingId = $xml->meetingID->__toString();
        $this->name = $xml->name->__toString();
        $this->published = $xml->published->__toString() === 'true';
        $this->state = $xml->state->__toString();
        $this->startTime = (int) $xml->startTime;
        $this->endTime = (int) $xml->endTime;
        $this->participants = (int) $xml->participants;
        foreach ($xml->metadata->children() as $data) {
            $this->metadata[$data->getName()] = $data->__toString();
        }
        foreach ($xml->playback->format as $format) {
            $this->playback[] = new PlainFormat($format);
        }
    }
}

/** @return list<PlainRecording> */
function plain_recordings(string $body): array
{
    $xml = new SimpleXMLElement($body);
    if ($xml->returncode->__toString() !== 'SUCCESS') {
        throw new RuntimeException($xml->messageKey->__toString());
    }
    $recordings = [];
    foreach ($xml->recordings->recording as $recording) {
        $recordings[] = new PlainRecording($recording);
    }
    return $recordings;
}

// ---- the same values, both ways ---------------------------------------------------------------

/** @return array<string, mixed> what both approaches read of a meeting */
function meeting_values(object $m): array
{
    return [
        $m->meetingId, $m->meetingName, $m->createTime, $m->running, $m->participantCount,
        $m->moderatorCount, $m->startTime, $m->metadata,
        array_map(fn ($a) => [$a->userId, $a->fullName, $a->role, $a->isPresenter, $a->hasVideo, $a->customData], $m->attendees),
    ];
}

/** @return list<mixed> what both approaches read of recordings */
function recording_values(array $recordings): array
{
    return array_map(fn ($r) => [
        $r->recordId, $r->meetingId, $r->name, $r->published, $r->state, $r->startTime, $r->endTime,
        $r->participants, $r->metadata,
        array_map(fn ($f) => [$f->type, $f->url, $f->processingTime, $f->length,
            array_map(fn ($i) => [$i->url, $i->width, $i->height, $i->alt], $f->preview)], $r->playback),
    ], $recordings);
}

/**
 * Nanoseconds per call of each function, best of 5 rounds; the functions take turns in each
 * round, so a busy machine slows them alike.
 *
 * @param array<string, callable> $fs
 * @return array<string, float>
 */
function best_of(int $iterations, array $fs): array
{
    $best = array_map(fn () => INF, $fs);
    for ($round = 0; $round < 5; $round++) {
        foreach ($fs as $name => $f) {
            $start = hrtime(true);
            for ($i = 0; $i < $iterations; $i++) {
                $f();
            }
            $best[$name] = min($best[$name], (hrtime(true) - $start) / $iterations);
        }
    }
    return $best;
}

$meeting = (string) file_get_contents("{$fixtures}/get_meeting_info_full.xml");
$recordings = (string) file_get_contents("{$fixtures}/get_recordings_paginated.xml");
// Larger answers: the attendees 50 times (100), the recordings 50 times (100).
$bigMeeting = preg_replace_callback('~<attendees>(.*)</attendees>~s', fn ($m) => '<attendees>' . str_repeat($m[1], 50) . '</attendees>', $meeting);
$bigRecordings = preg_replace_callback('~<recordings>(.*)</recordings>~s', fn ($m) => '<recordings>' . str_repeat($m[1], 50) . '</recordings>', $recordings);

$inputs = [
    ['getMeetingInfo, 2 attendees', 'meeting-info', $meeting],
    ['getMeetingInfo, 100 attendees', 'meeting-info', $bigMeeting],
    ['getRecordings, 100 recordings', 'recordings', $bigRecordings],
];

// The library call alone: the form the typed classes are built from (PHP's serialize format
// when this version of the package reads it, else the JSON form), copied into a PHP string and
// not read.
$lib = \BbbKit\Library::default();
$compact = method_exists(Answers::class, 'row');
$call = function (string $kind, string $body) use ($lib, $compact): string {
    $f = $lib->ffi;
    $out = $f->new('char*');
    $lib->check($compact
        ? $f->bbbkit_parse_answer_php($kind, $body, \strlen($body), null, \FFI::addr($out))
        : $f->bbbkit_parse_answer($kind, $body, \strlen($body), null, \FFI::addr($out)));
    return $lib->take($out);
};

printf("%s; PHP %s\n", $compact ? 'compact form, serialize format' : 'keyed JSON form', PHP_VERSION);
printf("%-32s %8s %12s %12s %12s %12s %7s\n", 'answer', 'bytes', 'typed', 'library', 'PHP', 'SimpleXML', 'ratio');
foreach ($inputs as [$label, $kind, $body]) {
    if ($kind === 'meeting-info') {
        $typed = fn () => MeetingInfo::parse($body);
        $plain = fn () => new PlainMeeting($body);
        $same = meeting_values($typed()) === meeting_values($plain());
    } else {
        $typed = fn () => Recordings::parse($body);
        $plain = fn () => plain_recordings($body);
        $same = recording_values($typed()->recordings) === recording_values($plain());
    }
    if (!$same) {
        fwrite(STDERR, "{$label}: bbbkit and SimpleXML read different values\n");
        exit(1);
    }
    $n = (int) max(1, $iterations * (strlen($meeting) / strlen($body)));
    ['typed' => $tTyped, 'library' => $tLib, 'plain' => $tPlain] = best_of($n, [
        'typed' => $typed,
        'library' => fn () => $call($kind, $body),
        'plain' => $plain,
    ]);
    printf("%-32s %8d %9.1f µs %9.1f µs %9.1f µs %9.1f µs %6.2fx\n", $label, strlen($body), $tTyped / 1000, $tLib / 1000, ($tTyped - $tLib) / 1000, $tPlain / 1000, $tPlain / $tTyped);
}
echo "ratio: SimpleXML time / bbbkit typed time (above 1: bbbkit is faster). Outputs checked equal.\n";
