<?php

declare(strict_types=1);

namespace BbbKit\Tests;

use BbbKit\Acknowledged;
use BbbKit\Answers;
use BbbKit\Exception\ApiException;
use BbbKit\Exception\BbbException;
use BbbKit\Exception\InvalidParameterException;
use BbbKit\Exception\MeetingNotFoundException;
use BbbKit\Exception\ParseException;
use BbbKit\MeetingInfo;
use BbbKit\Recordings;
use BbbKit\Server;
use PHPUnit\Framework\TestCase;

/**
 * Every case of tests/vectors/answers.json: the library's JSON form (Answers::json) against the
 * vector, and the typed classes (Answers::parse, MeetingInfo::parse, …) against the same
 * expected values, key by key.
 */
final class AnswersTest extends TestCase
{
    /** @return array<string, array{0: array<string, mixed>}> */
    public static function answerCases(): array
    {
        $data = json_decode((string) file_get_contents(BBBKIT_REPO . '/tests/vectors/answers.json'), true, 512, JSON_THROW_ON_ERROR);
        $cases = [];
        foreach ($data['cases'] as $case) {
            $cases[$case['name']] = [$case];
        }
        return $cases;
    }

    private static function body(array $case): string
    {
        if (isset($case['fixture'])) {
            $body = file_get_contents(BBBKIT_REPO . '/tests/fixtures/' . $case['fixture']);
            self::assertIsString($body, "fixture {$case['fixture']}");
            return $body;
        }
        return $case['input'];
    }

    /** Runs `$run`, and checks the vector's error if it has one; returns the result otherwise. */
    private static function outcome(array $case, callable $run): mixed
    {
        try {
            $result = $run();
        } catch (BbbException $e) {
            self::assertArrayHasKey('error', $case, get_class($e) . ': ' . $e->getMessage());
            $want = $case['error'];
            if ($want['kind'] === 'api') {
                self::assertInstanceOf(ApiException::class, $e);
                self::assertSame($want['key'], $e->getKey());
                self::assertSame($want['message'], $e->getServerMessage());
                if (isset($want['api_kind'])) {
                    self::assertSame($want['api_kind'], $e->getKind());
                    self::assertSame(ApiException::classFor($want['api_kind']), get_class($e));
                }
                self::assertSame($want['errors'], array_map(fn ($d) => ['key' => $d->key, 'message' => $d->message], $e->getErrors()));
            } else {
                self::assertInstanceOf(ParseException::class, $e, $e->getMessage());
                self::assertSame($want['code'], $e->getParseCode());
            }
            return null;
        }
        self::assertArrayNotHasKey('error', $case, 'expected ' . json_encode($case['error'] ?? null));
        return $result;
    }

    /** @dataProvider answerCases */
    public function testJsonForm(array $case): void
    {
        $json = self::outcome($case, fn () => Answers::json($case['kind'], self::body($case), $case['max_size'] ?? null));
        if ($json !== null) {
            self::assertSame($case['expected'], $json);
        }
    }

    /** @dataProvider answerCases */
    public function testTypedClass(array $case): void
    {
        if (in_array($case['kind'], ['join', 'create'], true)) {
            $this->addToAssertionCount(1); // Joined and Created: their own vectors, parse.json
            return;
        }
        $answer = self::outcome($case, fn () => Answers::parse($case['kind'], self::body($case), $case['max_size'] ?? null));
        if ($answer !== null) {
            self::assertInstanceOf(Answers::CLASSES[$case['kind']], $answer);
            self::assertTyped($case['expected'], $answer, $case['kind']);
        }
    }

    /**
     * The typed classes read from the compact form (`fromRow`, what every parse uses) and from
     * the JSON form (`fromArray`) are equal: the two forms list the same fields.
     *
     * @dataProvider answerCases
     */
    public function testCompactFormReadsAsTheJsonForm(array $case): void
    {
        if (isset($case['error'])) {
            $this->addToAssertionCount(1);
            return;
        }
        $body = self::body($case);
        $class = Answers::CLASSES[$case['kind']];
        $fromRow = Answers::parse($case['kind'], $body, $case['max_size'] ?? null);
        $fromArray = $class::fromArray(Answers::json($case['kind'], $body, $case['max_size'] ?? null));
        self::assertEquals($fromArray, $fromRow);
    }

    /**
     * An answer over Answers::SERIALIZED_UP_TO crosses as compact JSON instead of PHP's
     * serialize format: the same objects.
     */
    public function testALargeAnswerReadsTheSameAsASmallOne(): void
    {
        $small = (string) file_get_contents(BBBKIT_REPO . '/tests/fixtures/get_recordings_paginated.xml');
        $times = 2 * intdiv(Answers::SERIALIZED_UP_TO, \strlen($small));
        $large = (string) preg_replace_callback('~<recordings>(.*)</recordings>~s', fn ($m) => '<recordings>' . str_repeat($m[1], $times) . '</recordings>', $small);
        self::assertGreaterThan(Answers::SERIALIZED_UP_TO, \strlen($large));
        $got = Recordings::parse($large);
        self::assertEquals(Recordings::fromArray(Answers::json('recordings', $large)), $got);
        self::assertEquals(Recordings::parse($small)->recordings[0], $got->recordings[0]);
    }

    /** A NUL byte in a value (JSON text tracks may hold one) crosses in PHP's escaped string form. */
    public function testANulByteInAValueCrosses(): void
    {
        $body = (string) file_get_contents(BBBKIT_REPO . '/tests/fixtures/text_tracks.json');
        $body = str_replace('"English"', '"Eng\\u0000lish \\\\ 00"', $body, $count);
        self::assertSame(1, $count);
        $tracks = Answers::parse('text-tracks', $body);
        self::assertSame("Eng\0lish \\ 00", $tracks->tracks[0]->label);
        self::assertEquals(\BbbKit\TextTracks::fromArray(Answers::json('text-tracks', $body)), $tracks);
    }

    /**
     * A typed object against the vector's object: every key, as its camel-case property; lists
     * of objects and nested objects recursively; metadata and custom data as arrays.
     */
    private static function assertTyped(array $want, object $got, string $path): void
    {
        self::assertCount(count($want), get_object_vars($got), "{$path}: the properties are the keys");
        foreach ($want as $key => $value) {
            $prop = lcfirst(str_replace('_', '', ucwords($key, '_')));
            self::assertTrue(property_exists($got, $prop), "{$path}: no property {$prop}");
            $actual = $got->$prop;
            $where = "{$path}.{$key}";
            if (is_array($value) && $value !== [] && array_is_list($value) && is_array($value[0])) {
                self::assertIsArray($actual, $where);
                self::assertCount(count($value), $actual, $where);
                foreach ($value as $i => $item) {
                    self::assertTyped($item, $actual[$i], "{$where}[{$i}]");
                }
            } elseif (is_array($value) && is_object($actual)) {
                self::assertTyped($value, $actual, $where);
            } else {
                self::assertSame($value, $actual, $where);
            }
        }
    }

    public function testTheReadmesCreateJoinReadRuns(): void
    {
        $readme = (string) file_get_contents(dirname(__DIR__) . '/README.md');
        self::assertSame(1, preg_match('/## Create, join, read the meeting\s+.*?```php\n(.*?)```/s', $readme, $m));
        self::assertCount(5, array_filter(explode("\n", trim($m[1])), fn ($l) => trim($l) !== ''));
        $fixtures = BBBKIT_REPO . '/tests/fixtures/';
        $urls = [];
        // The HTTP client: the server's answers from the fixtures, by call.
        $get = function (string $url) use ($fixtures, &$urls): string {
            $urls[] = $url;
            return (string) file_get_contents($fixtures . (str_contains($url, '/api/create?') ? 'create_success.xml' : 'get_meeting_info.xml'));
        };
        putenv('BBB_SECRET=8cd8ef52e8e101574e400365b55e11a6');
        ob_start();
        try {
            eval($m[1]);
        } finally {
            $out = (string) ob_get_clean();
            putenv('BBB_SECRET');
        }
        $server = new Server('https://bbb.example.com/bigbluebutton/', '8cd8ef52e8e101574e400365b55e11a6');
        self::assertSame([
            $server->prepare('create', ['meetingID' => 'cs101', 'name' => 'CS 101', 'record' => 'true'])->url,
            $server->prepare('getMeetingInfo', ['meetingID' => 'cs101'])->url,
        ], $urls);
        self::assertStringContainsString('/api/join?meetingID=cs101&fullName=Ada&role=MODERATOR&createTime=', $joinUrl);
        self::assertSame("2 in Physics & Chemistry 101: Marie Curie, Zoë O'Neil", $out);
    }

    public function testStaticConstructorsAndErrors(): void
    {
        $info = MeetingInfo::parse((string) file_get_contents(BBBKIT_REPO . '/tests/fixtures/get_meeting_info.xml'));
        self::assertNotSame([], $info->attendees);
        $recordings = Recordings::parse((string) file_get_contents(BBBKIT_REPO . '/tests/fixtures/get_recordings_presentation.xml'));
        self::assertNotSame([], $recordings->recordings[0]->playback);
        try {
            MeetingInfo::parse((string) file_get_contents(BBBKIT_REPO . '/tests/fixtures/error_not_found.xml'));
            self::fail('FAILED must throw');
        } catch (MeetingNotFoundException $e) {
            self::assertSame('notFound', $e->getKey());
        }
        self::assertSame('chat', Acknowledged::parse('<response><returncode>SUCCESS</returncode><messageKey>chat</messageKey></response>', 'chat')->messageKey);
        foreach (['json', 'parse'] as $f) {
            try {
                Answers::$f('walking', '<response/>');
                self::fail('an unknown kind must throw');
            } catch (InvalidParameterException $e) {
                self::assertSame(['kind', 'one_of'], [$e->getParameter(), $e->getRule()]);
            }
        }
        self::assertSame(array_keys(Answers::CLASSES), Answers::kinds(), 'a class for every kind of the library, in its order');
    }
}
