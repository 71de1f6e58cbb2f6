<?php

declare(strict_types=1);

namespace BbbKit\Tests;

use BbbKit\Calls;
use BbbKit\Document;
use BbbKit\Exception\BbbException;
use BbbKit\Exception\InvalidParameterException;
use BbbKit\Feature;
use BbbKit\Group;
use BbbKit\GuestPolicy;
use BbbKit\Layout;
use BbbKit\PluginManifest;
use BbbKit\PreparedRequest;
use BbbKit\RecordingState;
use BbbKit\Server;
use BbbKit\TextTrackKind;
use PHPUnit\Framework\TestCase;

/**
 * Every case of tests/vectors/calls.json through the by-name path (Server::prepare), a few
 * through the generated named-argument methods, and the generated surface itself.
 */
final class CallsTest extends TestCase
{
    /** @return array<string, array{0: array<string, mixed>}> */
    public static function callCases(): array
    {
        $data = json_decode((string) file_get_contents(BBBKIT_REPO . '/tests/vectors/calls.json'), true, 512, JSON_THROW_ON_ERROR);
        $cases = [];
        foreach ($data['cases'] as $case) {
            $cases[$case['name']] = [$case];
        }
        return $cases;
    }

    /** @return array<string, mixed> the vector's case by name */
    private static function vector(string $name): array
    {
        return self::callCases()[$name][0];
    }

    private static function server(array $case): Server
    {
        return new Server($case['server']['url'], $case['server']['secret'], $case['server']['algorithm'] ?? 'sha256');
    }

    private static function assertPrepared(array $want, PreparedRequest $p): void
    {
        self::assertSame($want, [
            'method' => $p->method,
            'url' => $p->url,
            'body' => $p->body,
            'content_type' => $p->contentType,
            'file_field' => $p->fileField,
        ]);
    }

    /** @dataProvider callCases */
    public function testCallByName(array $case): void
    {
        $server = self::server($case);
        try {
            $prepared = $server->prepare($case['call'], $case['params'], $case['extra'] ?? []);
        } catch (BbbException $e) {
            self::assertArrayHasKey('error', $case, $e->getMessage());
            self::assertInstanceOf(InvalidParameterException::class, $e);
            self::assertSame($case['error']['parameter'], $e->getParameter());
            self::assertSame($case['error']['rule'], $e->getRule());
            return;
        }
        self::assertArrayNotHasKey('error', $case, 'expected ' . json_encode($case['error'] ?? null));
        self::assertPrepared($case['expected'], $prepared);
    }

    public function testCreateWithNamedArguments(): void
    {
        $case = self::vector('create_minimal');
        self::assertSame($case['expected']['url'], self::server($case)->createUrl(meetingId: 'cs101', name: 'CS 101'));

        $case = self::vector('create_typed_parameters');
        $url = self::server($case)->createUrl(
            meetingId: 'cs101',
            name: 'CS 101',
            welcome: 'Welcome to <b>%%CONFNAME%%</b>!',
            voiceBridge: '01234',
            record: true,
            maxParticipants: 0,
            duration: 90,
            meta: ['bbb-origin' => 'Moodle', 'endCallbackUrl' => 'https://lms.example.com/end?c=1'],
            muteOnStart: false,
            lockSettingsDisableCam: true,
            guestPolicy: GuestPolicy::AskModerator,
            meetingLayout: Layout::VideoFocus,
            userCameraCap: 2,
            groups: [new Group('g1', 'Team A', ['u-1', 'u-2']), new Group('g2')],
            disabledFeatures: [Feature::Polls, Feature::SharedNotes, 'newer:whiteboardAi'],
            disabledFeaturesExclude: [Feature::Chat],
            logoutUrl: 'https://lms.example.com/course/7',
            pluginManifests: [new PluginManifest('https://plugins.example.com/pick/manifest.json')],
            maxNumPages: 150,
            extra: ['plugin_pick' => 'on'],
        );
        self::assertSame($case['expected']['url'], $url);
    }

    public function testCreateRequestWithDocuments(): void
    {
        $case = self::vector('create_with_documents_and_client_settings');
        $prepared = self::server($case)->createRequest(
            meetingId: 'cs101',
            name: 'CS 101',
            documents: [
                Document::url('https://files.example.com/syllabus.pdf?token=a&b=1', filename: 'syllabus.pdf', current: true),
                Document::content('notes "v2".pdf', (string) base64_decode('JVBERi0xLjQKJeLjz9MK', true), downloadable: true),
            ],
            clientSettingsOverride: ['public' => ['app' => ['appName' => 'A]]>B']]],
        );
        self::assertPrepared($case['expected'], $prepared);

        $case = self::vector('insert_document');
        $prepared = self::server($case)->insertDocumentRequest(
            meetingId: 'cs101',
            documents: [Document::url('https://files.example.com/week2.pdf', removable: false)],
        );
        self::assertPrepared($case['expected'], $prepared);
    }

    public function testRecordingsTextTracksAndHooksWithNamedArguments(): void
    {
        $case = self::vector('get_recordings_filters_and_page');
        $url = self::server($case)->getRecordingsUrl(
            meetingId: ['cs101', 'cs102'],
            state: [RecordingState::Published, 'unpublished'],
            meta: ['course' => '%math%'],
            offset: 20,
            limit: 10,
        );
        self::assertSame($case['expected']['url'], $url);

        $case = self::vector('put_recording_text_track');
        $prepared = self::server($case)->putRecordingTextTrackRequest(recordId: 'r1', kind: TextTrackKind::Subtitles, lang: 'pt-BR', label: 'Português');
        self::assertPrepared($case['expected'], $prepared);

        $case = self::vector('hooks_create_sha1');
        $url = self::server($case)->hooksCreateUrl(callbackUrl: 'https://app.example.com/bbb/hooks?x=1', eventId: ['meeting-created', 'user-joined'], getRaw: false);
        self::assertSame($case['expected']['url'], $url);

        $case = self::vector('publish_recordings_false');
        self::assertSame($case['expected']['url'], self::server($case)->publishRecordingsUrl(recordId: ['r1', 'r2'], publish: false));

        $case = self::vector('end_with_deprecated_password');
        self::assertSame($case['expected']['url'], self::server($case)->endUrl(meetingId: 'cs101', password: 'mp'));

        $case = self::vector('get_meetings');
        self::assertSame($case['expected']['url'], self::server($case)->getMeetingsUrl());
    }

    public function testExtraParametersAreSentAfterTheDeclaredOnesInTheirOrder(): void
    {
        $server = new Server('https://bbb.example.com/bigbluebutton/api/', 'secret');
        $query = 'meetingID=cs101&newerFlag=on&a=b+c';
        $checksum = hash('sha256', 'end' . $query . 'secret');
        self::assertSame(
            "https://bbb.example.com/bigbluebutton/api/end?{$query}&checksum={$checksum}",
            $server->endUrl(meetingId: 'cs101', extra: [['newerFlag', 'on'], ['a', 'b c']]),
        );
    }

    public function testNamedArgumentsAreRefusedNamingTheParameterAndRule(): void
    {
        $server = new Server('https://bbb.example.com', 'secret');
        $cases = [
            ['limit', 'range', fn () => $server->getRecordingsUrl(limit: 0)],
            ['offset', 'requires', fn () => $server->getRecordingsUrl(offset: 10)],
            ['guestPolicy', 'one_of', fn () => $server->createUrl(meetingId: 'cs101', name: 'CS 101', guestPolicy: 'sometimes')],
            ['disabledFeatures', 'one_of', fn () => $server->createUrl(meetingId: 'cs101', name: 'CS 101', disabledFeatures: ['chta'])],
            ['welcome', 'control_character', fn () => $server->createUrl(meetingId: 'cs101', name: 'CS 101', welcome: "a\0b")],
            ['meetingID', 'no_comma', fn () => $server->getRecordingsUrl(meetingId: ['a,b'])],
            ['meetingID', 'reserved', fn () => $server->endUrl(meetingId: 'cs101', extra: ['meetingID' => 'x'])],
            ['meta_x', 'reserved', fn () => $server->createUrl(meetingId: 'cs101', name: 'CS 101', extra: ['meta_x' => 'y'])],
            // The library refuses them (an extra never stands for a declared parameter), in any case.
            ['MeetingID', 'reserved', fn () => $server->endUrl(meetingId: 'cs101', extra: [['newerFlag', 'on'], ['MeetingID', 'x']])],
            ['Meta_x', 'reserved', fn () => $server->createUrl(meetingId: 'cs101', name: 'CS 101', extra: ['Meta_x' => 'y'])],
            ['checksum', 'reserved', fn () => $server->endUrl(meetingId: 'cs101', extra: ['checksum' => '00'])],
            ['document', 'required', fn () => $server->insertDocumentRequest(meetingId: 'cs101', documents: [])],
            ['call', 'one_of', fn () => $server->prepare('getMeeting', ['meetingID' => 'x'])],
            // An empty override is refused as in every front end, never dropped silently.
            ['clientSettingsOverride', 'empty', fn () => $server->createRequest(meetingId: 'cs101', name: 'CS 101', clientSettingsOverride: [])],
            // BBB reads the first value: a repeated parameter is refused, never signed last.
            ['role', 'duplicate', fn () => $server->prepare('join', [['meetingID', 'm1'], ['fullName', 'Ada'], ['role', 'VIEWER'], ['role', 'MODERATOR']])],
        ];
        foreach ($cases as [$parameter, $rule, $run]) {
            try {
                $run();
                self::fail("expected {$parameter} {$rule}");
            } catch (InvalidParameterException $e) {
                self::assertSame([$parameter, $rule], [$e->getParameter(), $e->getRule()], $e->getMessage());
            }
        }
    }

    public function testEveryDeclaredCallHasItsMethodsAndEveryParameterItsArgument(): void
    {
        $server = new \ReflectionClass(Server::class);
        foreach (Calls::PARAMETERS as $call => $params) {
            if ($call === 'join') {
                continue;
            }
            $base = lcfirst(str_replace(' ', '', ucwords(str_replace('/', ' ', $call))));
            $method = $server->getMethod("{$base}Request");
            $args = array_map(fn ($p) => $p->getName(), $method->getParameters());
            foreach ($params as [$arg]) {
                self::assertContains($arg, $args, "{$call}: {$arg}");
            }
            self::assertSame('extra', end($args));
        }
        self::assertCount(17, Calls::PARAMETERS);
        self::assertFalse($server->hasMethod('insertDocumentUrl'), 'insertDocument needs its body');
        self::assertSame('ASK_MODERATOR', GuestPolicy::AskModerator->value);
        self::assertSame('sharedNotes', Feature::SharedNotes->value);
        self::assertSame(['processing', 'processed', 'published', 'unpublished', 'deleted', 'any'], array_map(fn ($c) => $c->value, RecordingState::cases()));
    }
}
