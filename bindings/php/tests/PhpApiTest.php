<?php

declare(strict_types=1);

namespace BbbKit\Tests;

use BbbKit\Algorithm;
use BbbKit\Answers;
use BbbKit\Created;
use BbbKit\Exception\AlgorithmNotAllowedException;
use BbbKit\Exception\ApiException;
use BbbKit\Exception\ApiNotEnabledException;
use BbbKit\Exception\BbbException;
use BbbKit\Exception\ChecksumErrorException;
use BbbKit\Exception\ChecksumLengthException;
use BbbKit\Exception\ChecksumMismatchException;
use BbbKit\Exception\ChecksumMissingException;
use BbbKit\Exception\CreateTimeMismatchException;
use BbbKit\Exception\GuestDeniedException;
use BbbKit\Exception\InvalidParameterException;
use BbbKit\Exception\InvalidRequestException;
use BbbKit\Exception\LibraryException;
use BbbKit\Exception\MaxParticipantsReachedException;
use BbbKit\Exception\MeetingEndedException;
use BbbKit\Exception\MeetingIdNotUniqueException;
use BbbKit\Exception\MeetingNotFoundException;
use BbbKit\Exception\ParseException;
use BbbKit\Exception\UnknownApiErrorException;
use BbbKit\Exception\UserNotFoundException;
use BbbKit\Exception\VerifyException;
use BbbKit\GuestStatus;
use BbbKit\Joined;
use BbbKit\JoinRequest;
use BbbKit\Layout;
use BbbKit\Library;
use BbbKit\Response;
use BbbKit\Role;
use BbbKit\Server;
use BbbKit\Verifier;
use PHPUnit\Framework\TestCase;

/**
 * What the vectors do not cover: named arguments, enums and strings, type errors, the
 * exception classes, secrets in dumps, memory, and finding the library.
 */
final class PhpApiTest extends TestCase
{
    private const SECRET = '8cd8ef52e8e101574e400365b55e11a6';

    /** A case of tests/vectors/join.json, whose URL was computed with Python's hashlib. */
    private static function joinVector(string $name): array
    {
        $data = json_decode((string) file_get_contents(BBBKIT_REPO . '/tests/vectors/join.json'), true);
        foreach ($data['cases'] as $case) {
            if ($case['name'] === $name) {
                return $case;
            }
        }
        self::fail("no join vector {$name}");
    }

    private static function fixture(string $name): string
    {
        return (string) file_get_contents(BBBKIT_REPO . '/tests/fixtures/' . $name);
    }

    private static function server(): Server
    {
        return new Server('https://bbb.example.com/bigbluebutton/api/', self::SECRET);
    }

    public function testNamedArgumentsInAnyOrderGiveTheVectorsUrl(): void
    {
        $case = self::joinVector('minimal_viewer');
        $r = $case['request'];
        $url = self::server()->joinUrl(new JoinRequest(role: Role::Viewer, fullName: $r['fullName'], meetingId: $r['meetingID']));
        self::assertSame($case['url'], $url);
        $positional = self::server()->joinUrl(new JoinRequest($r['meetingID'], $r['fullName'], Role::Viewer));
        self::assertSame($case['url'], $positional);
    }

    public function testEveryNamedArgumentReachesTheUrl(): void
    {
        $case = self::joinVector('every_parameter');
        $r = $case['request'];
        $args = [];
        $map = JoinRequest::PARAMETERS + ['userdata' => 'userdata', 'extra' => 'extra'];
        foreach ($r as $key => $value) {
            self::assertArrayHasKey($key, $map);
            $args[$map[$key]] = $value;
        }
        // The same request through the spread of named arguments.
        $server = new Server($case['server']['url'], $case['server']['secret'], $case['server']['algorithm']);
        self::assertSame($case['url'], $server->joinUrl(new JoinRequest(...$args)));
        // Every constructor parameter is named after a join parameter (or is the library).
        $params = array_map(fn ($p) => $p->getName(), (new \ReflectionMethod(JoinRequest::class, '__construct'))->getParameters());
        self::assertSame(array_values($map), array_values(array_diff($params, ['library'])));
    }

    public function testUserdataAsAMapOrAsPairs(): void
    {
        $map = new JoinRequest('room-1', 'Ada', role: 'viewer', userdata: ['bbb_skip_check_audio' => true, 'count' => 3]);
        $pairs = new JoinRequest('room-1', 'Ada', role: 'viewer', userdata: [['bbb_skip_check_audio', 'true'], ['count', '3']]);
        self::assertSame([['bbb_skip_check_audio', 'true'], ['count', '3']], $map->userdata);
        self::assertSame(self::server()->joinUrl($map), self::server()->joinUrl($pairs));
        self::assertStringContainsString('&userdata-bbb_skip_check_audio=true&userdata-count=3&', self::server()->joinUrl($map));
        // A request is a value: it serializes (without its native copy) and clones.
        $copy = unserialize(serialize($map));
        self::assertEquals($map->userdata, $copy->userdata);
        self::assertSame(self::server()->joinUrl($map), self::server()->joinUrl($copy));
        self::assertSame(self::server()->joinUrl($map), self::server()->joinUrl(clone $map));
        self::assertStringNotContainsString('native', print_r($map, true));
    }

    public function testEnumsAndStringsAreTheSame(): void
    {
        $server = self::server();
        $url = $server->joinUrl(new JoinRequest('room-1', 'Ada', role: Role::Moderator, enforceLayout: Layout::VideoFocus));
        foreach (['moderator', 'MODERATOR', ' Moderator '] as $role) {
            foreach (['video_focus', 'VIDEO-FOCUS', 'Video Focus'] as $layout) {
                self::assertSame($url, $server->joinUrl(new JoinRequest('room-1', 'Ada', role: $role, enforceLayout: $layout)));
            }
        }
        self::assertSame(Role::Viewer, Role::parse('viewer'));
        self::assertSame(Role::Viewer, Role::from('VIEWER'));
        self::assertSame(Algorithm::Sha384, Algorithm::parse('SHA-384'));
        self::assertSame(Layout::ParticipantsAndChatOnly, Layout::parse('participants_chat_only'));
        self::assertSame('PARTICIPANTS_AND_CHAT_ONLY', Layout::ParticipantsAndChatOnly->value);
        self::assertSame(Algorithm::Sha1, (new Server('bbb.example.com', 's', 'sha1'))->algorithm());
        self::assertSame(Algorithm::Sha512, self::server()->withAlgorithm(Algorithm::Sha512)->algorithm());
        self::assertSame(Algorithm::Sha256, self::server()->algorithm());
    }

    public function testUnknownEnumStringsAreInvalidParameters(): void
    {
        $cases = [
            fn () => new JoinRequest('room-1', 'Ada', role: 'admin'),
            fn () => new JoinRequest('room-1', 'Ada', role: 'viewer', enforceLayout: 'grid'),
            fn () => new Server('bbb.example.com', 's', 'md5'),
            fn () => new Verifier(['s'], allow: ['sha1', 'crc32']),
            fn () => new JoinRequest('room-1', 'Ada', role: 'viewer', defaultLayout: 'grid'),
            fn () => Layout::parse('grid'),
        ];
        $want = [['role', 'one_of'], ['enforceLayout', 'one_of'], ['algorithm', 'one_of'], ['algorithm', 'one_of'],
            ['defaultLayout', 'one_of'], ['layout', 'one_of']];
        foreach ($cases as $i => $make) {
            try {
                $make();
                self::fail("case {$i} did not throw");
            } catch (InvalidParameterException $e) {
                self::assertSame($want[$i], [$e->getParameter(), $e->getRule()]);
                self::assertInstanceOf(\InvalidArgumentException::class, $e);
            }
        }
    }

    public function testEveryKindOfTheLibraryHasItsExceptionClass(): void
    {
        $f = Library::default()->ffi;
        $kinds = [];
        for ($code = 0; ($kind = $f->bbbkit_api_error_kind_name($code)) !== null; $code++) {
            $class = ApiException::classFor($kind);
            self::assertSame($kind, (new $class('k', 'm'))->getKind(), $kind);
            if ($kind !== 'unknown_api_error') {
                self::assertNotSame(UnknownApiErrorException::class, $class, "no class for {$kind}");
            }
            $kinds[] = $kind;
        }
        self::assertContains('meeting_not_found', $kinds);
        self::assertSame(UnknownApiErrorException::class, ApiException::classFor('something_new'));
        self::assertSame('create_time_mismatch', (new CreateTimeMismatchException('k', 'm'))->getKind());
        // A verification code names its class the same way.
        self::assertSame(ChecksumLengthException::class, get_class(VerifyException::forKind('checksum_length', 'm')));
        self::assertSame('checksum_length', (new ChecksumLengthException('m'))->getKind());
        self::assertSame('checksum_new', VerifyException::forKind('checksum_new', 'm')->getKind());
    }

    public function testTheEnumsAreTheLibrarys(): void
    {
        $f = Library::default()->ffi;
        foreach (Layout::cases() as $layout) {
            self::assertSame($layout->value, $f->bbbkit_layout_name($layout->toNative()));
            self::assertSame($layout, Layout::fromNative($layout->toNative()));
        }
        foreach (Role::cases() as $role) {
            self::assertSame($role->value, $f->bbbkit_role_name($role->toNative()));
        }
        self::assertNull($f->bbbkit_layout_name(count(Layout::cases()) + 1));
        self::assertNull($f->bbbkit_role_name(count(Role::cases()) + 1));
    }

    public function testTypeErrors(): void
    {
        $cases = [
            fn () => new JoinRequest(meetingId: 17, fullName: 'Ada'),
            fn () => new JoinRequest('room-1', 'Ada', role: 1),
            fn () => new JoinRequest('room-1', 'Ada', createTime: '1715261728123'),
            fn () => new JoinRequest('room-1', 'Ada', guest: 'yes'),
            fn () => new JoinRequest('room-1', 'Ada', userdata: ['a' => null]),
            fn () => new JoinRequest('room-1', 'Ada', userdata: ['a' => ['x']]),
            fn () => self::server()->apiUrl('end', ['meetingID' => 1.5]),
            fn () => self::server()->joinUrl('room-1'),
            fn () => new Verifier([42]),
            fn () => new JoinRequest('room-1', 'Ada', colour: 'red'),
        ];
        foreach ($cases as $i => $make) {
            try {
                $make();
                self::fail("case {$i} did not throw");
            } catch (\Error $e) {
                self::assertTrue($e instanceof \TypeError || str_contains($e->getMessage(), 'Unknown named parameter'), "case {$i}: " . $e->getMessage());
            }
        }
    }

    public function testInvalidParameterNamesTheParameterAndTheRule(): void
    {
        try {
            self::server()->joinUrl(new JoinRequest('room-1', 'Ada', role: 'viewer', avatarUrl: 'javascript:alert(1)'));
            self::fail('no exception');
        } catch (InvalidParameterException $e) {
            self::assertSame('avatarURL', $e->getParameter());
            self::assertSame('http_url', $e->getRule());
            self::assertStringContainsString('avatarURL', $e->getMessage());
        }
        // A NUL byte cannot cross the C ABI and is refused like any control character.
        try {
            self::server()->apiUrl('end', ['meetingID' => "a\0b"]);
            self::fail('no exception');
        } catch (InvalidParameterException $e) {
            self::assertSame(['meetingID', 'control_character'], [$e->getParameter(), $e->getRule()]);
        }
        // Invalid UTF-8 is named too.
        try {
            self::server()->joinUrl(new JoinRequest("room-\xff", 'Ada', role: 'viewer'));
            self::fail('no exception');
        } catch (InvalidParameterException $e) {
            self::assertSame(['meetingID', 'utf8'], [$e->getParameter(), $e->getRule()]);
        }
    }

    /** @return array<string, array{0: string, 1: class-string}> */
    public static function apiErrorFixtures(): array
    {
        return [
            'checksum' => ['error_checksum.xml', ChecksumErrorException::class],
            'forcibly ended' => ['error_meeting_forcibly_ended.xml', MeetingEndedException::class],
            'not found' => ['error_not_found.xml', MeetingNotFoundException::class],
            'invalid meeting identifier' => ['error_invalid_meeting_identifier.xml', MeetingNotFoundException::class],
            'max participants' => ['error_max_participants.xml', MaxParticipantsReachedException::class],
            'guest denied' => ['error_guest_denied.xml', GuestDeniedException::class],
            'create time mismatch' => ['error_mismatch_create_time.xml', CreateTimeMismatchException::class],
            'user not found' => ['error_user_not_found.xml', UserNotFoundException::class],
            'id not unique' => ['error_id_not_unique.xml', MeetingIdNotUniqueException::class],
            'api not enabled' => ['error_api_not_enabled.xml', ApiNotEnabledException::class],
            'params required' => ['error_params_required.xml', InvalidRequestException::class],
            'missing meeting id' => ['error_missing_param_meeting_id.xml', InvalidRequestException::class],
            'validation' => ['error_validation.xml', InvalidRequestException::class],
            'unknown key' => ['error_unknown_key.xml', UnknownApiErrorException::class],
        ];
    }

    /** @dataProvider apiErrorFixtures */
    public function testApiErrorsAreClassesByKey(string $fixture, string $class): void
    {
        try {
            Response::parse(self::fixture($fixture));
            self::fail('no exception');
        } catch (ApiException $e) {
            self::assertSame($class, get_class($e));
            self::assertInstanceOf(BbbException::class, $e);
            self::assertInstanceOf(\RuntimeException::class, $e);
            self::assertNotSame('', $e->getKey());
            self::assertSame($e->getKey(), $e->getErrors()[0]->key);
        }
    }

    public function testErrorRedirectGivesTheExceptionForItsKey(): void
    {
        $e = ApiException::fromErrorRedirect('https://lms.example.com/bbb?errors=%5B%7B%22key%22%3A%22guestDeniedAccess%22%2C%22message%22%3A%22Denied%22%7D%5D');
        self::assertInstanceOf(GuestDeniedException::class, $e);
        self::assertSame(['guestDeniedAccess', 'Denied'], [$e->getKey(), $e->getServerMessage()]);
        $this->expectException(ParseException::class);
        ApiException::fromErrorRedirect('https://lms.example.com/bbb');
    }

    public function testParseAndVerifyExceptions(): void
    {
        try {
            Joined::parse(self::fixture('proxy_502.html'));
            self::fail('no exception');
        } catch (ParseException $e) {
            self::assertSame('not_bbb', $e->getParseCode());
            self::assertInstanceOf(\UnexpectedValueException::class, $e);
        }
        $server = self::server();
        $url = $server->apiUrl('end', ['meetingID' => 'room-1']);
        self::assertSame([['meetingID', 'room-1']], $server->verifyUrl($url)->params);
        self::assertSame(['meetingID' => 'room-1'], $server->verifyUrl($url)->paramsMap());
        $checks = [
            [fn () => $server->verify('end', 'meetingID=room-1'), ChecksumMissingException::class, 'checksum_missing'],
            [fn () => $server->verify('end', 'meetingID=room-1&checksum=abc'), ChecksumLengthException::class, 'checksum_length'],
            [fn () => $server->verifyUrl(str_replace('room-1', 'room-2', $url)), ChecksumMismatchException::class, 'checksum_mismatch'],
            [fn () => (new Verifier([self::SECRET], allow: [Algorithm::Sha512]))->verifyUrl($url), AlgorithmNotAllowedException::class, 'algorithm_not_allowed'],
        ];
        foreach ($checks as [$run, $class, $kind]) {
            try {
                $run();
                self::fail("no {$class}");
            } catch (VerifyException $e) {
                self::assertSame($class, get_class($e));
                self::assertSame($kind, $e->getKind());
                self::assertInstanceOf(BbbException::class, $e);
            }
        }
    }

    public function testToQueryIsTheSignedPartOfTheVectorsUrl(): void
    {
        $case = self::joinVector('every_parameter');
        $r = $case['request'];
        $request = new JoinRequest($r['meetingID'], $r['fullName'], role: $r['role'], userdata: $r['userdata'] ?? [], createTime: $r['createTime'] ?? null);
        $url = (new Server($case['server']['url'], $case['server']['secret'], $case['server']['algorithm']))->joinUrl($request);
        self::assertSame(substr($url, strpos($url, '?') + 1, strpos($url, '&checksum=') - strpos($url, '?') - 1), $request->toQuery());
        $minimal = self::joinVector('minimal_viewer');
        $q = (new JoinRequest($minimal['request']['meetingID'], $minimal['request']['fullName'], role: 'viewer'))->toQuery();
        self::assertSame(explode('&checksum=', explode('?', $minimal['url'], 2)[1])[0], $q);
        $this->expectException(InvalidParameterException::class);
        (new JoinRequest('a,b', 'Ada', role: 'viewer'))->toQuery();
    }

    public function testFreeFunctions(): void
    {
        // The known-answer vector of the BigBlueButton API documentation.
        self::assertSame('1fcbb0c4fc1f039f73aa6d697d2db9ba7f803f17', \BbbKit\checksum(
            'create',
            'name=Test+Meeting&meetingID=abc123&attendeePW=111222&moderatorPW=333444',
            '639259d4-9dd8-4b25-bf01-95f9567eaf4b',
            Algorithm::Sha1,
        ));
        self::assertSame('Zo%C3%AB+O%27Neil+%7E%2A', \BbbKit\encode_component("Zo\u{eb} O'Neil ~*"));
        self::assertSame(urlencode("Zo\u{eb} O'Neil ~*"), \BbbKit\encode_component("Zo\u{eb} O'Neil ~*"));
    }

    /**
     * 100,000 nested elements with the largest maxDepth PHP accepts: a typed error, never a
     * crash; and the deepest tree it accepts is built and freed on a 256 KiB stack.
     */
    public function testDeepNestingAtTheLargestMaxDepth(): void
    {
        $deep = static fn (int $n): string => '<response><returncode>SUCCESS</returncode>'
            . str_repeat('<a>', $n) . 'deep' . str_repeat('</a>', $n) . '</response>';
        try {
            Response::parse($deep(100000), maxDepth: Response::MAX_DEPTH);
            self::fail('no exception');
        } catch (ParseException $e) {
            self::assertSame('too_deep', $e->getParseCode());
        }
        try {
            Answers::parse('meeting-info', $deep(100000), maxDepth: Response::MAX_DEPTH);
            self::fail('no exception');
        } catch (ParseException $e) {
            self::assertSame('too_deep', $e->getParseCode());
        }
        try {
            Response::parse($deep(10), maxDepth: Response::MAX_DEPTH + 1);
            self::fail('no exception');
        } catch (\ValueError $e) {
            self::assertStringContainsString('MAX_DEPTH (512)', $e->getMessage());
        }
        // The deepest accepted tree (<response> and 511 <a>), parsed and freed by a PHP whose
        // stack is 256 KiB.
        $script = sprintf(
            '<?php require %s; $r = BbbKit\Response::parse(%s, maxDepth: BbbKit\Response::MAX_DEPTH);'
            . ' $e = $r->element("a"); $n = 1; while (($c = $e->child("a")) !== null) { $e = $c; $n++; }'
            . ' unset($r, $e, $c); echo $n, " ", BbbKit\Response::MAX_DEPTH;',
            var_export(dirname(__DIR__) . '/autoload.php', true),
            var_export($deep(Response::MAX_DEPTH - 1), true),
        );
        $file = tempnam(sys_get_temp_dir(), 'bbbkit-deep');
        file_put_contents($file, $script);
        $cmd = 'ulimit -s 256 && ' . escapeshellarg(PHP_BINARY) . ' ' . escapeshellarg($file) . ' 2>&1';
        exec($cmd, $out, $status);
        unlink($file);
        self::assertSame(0, $status, implode("\n", $out));
        self::assertSame([(Response::MAX_DEPTH - 1) . ' ' . Response::MAX_DEPTH], $out);
    }

    public function testVerifierAllowedAndParseLimits(): void
    {
        self::assertSame(Algorithm::cases(), (new Verifier(['s']))->allowed());
        self::assertSame([Algorithm::Sha256, Algorithm::Sha512], (new Verifier(['s'], allow: ['sha512', Algorithm::Sha256]))->allowed());
        self::assertSame([], (new Verifier(['s'], allow: []))->allowed());
        $xml = '<response><returncode>SUCCESS</returncode><meetings><meeting><x>1</x></meeting></meetings></response>';
        self::assertSame('1', Response::parse($xml, maxDepth: 8)->element('meetings')?->child('meeting')?->childText('x'));
        try {
            Response::parse($xml, maxDepth: 2);
            self::fail('no exception');
        } catch (ParseException $e) {
            self::assertSame('too_deep', $e->getParseCode());
        }
        try {
            Response::parse($xml, maxSize: 10);
            self::fail('no exception');
        } catch (ParseException $e) {
            self::assertSame('too_large', $e->getParseCode());
        }
        $this->expectException(\ValueError::class);
        Response::parse($xml, maxSize: 0);
    }

    public function testRecordingImageKeepsItsAttributes(): void
    {
        $response = Response::parse(self::fixture('get_recordings_presentation.xml'));
        $image = $response->element('recordings')?->child('recording')?->child('playback')?->child('format')
            ?->child('preview')?->child('images')?->child('image');
        self::assertNotNull($image);
        self::assertSame(
            ['width' => '176', 'height' => '136', 'alt' => "Welcome & \"agenda\" \u{e9}"],
            $image->attributes,
        );
        self::assertSame(['width', 'height', 'alt'], array_keys($image->attributes)); // document order
        self::assertSame('176', $image->attribute('width'));
        self::assertSame("Welcome & \"agenda\" \u{e9}", $image->attribute('alt'));
        self::assertNull($image->attribute('WIDTH'));
        self::assertStringEndsWith('/thumbnails/thumb-1.png', $image->text);
        self::assertSame([], $response->root->attributes);
        self::assertNull($response->root->attribute('width'));

        // An empty value is present and empty; read-only.
        $hook = Response::parse('<response><returncode>SUCCESS</returncode><hook id="7" permanent=""/></response>')->element('hook');
        self::assertSame(['id' => '7', 'permanent' => ''], $hook?->attributes);
        self::assertSame('', $hook->attribute('permanent'));
        $this->expectException(\Error::class);
        $hook->attributes = []; // readonly: an Error
    }

    public function testCreatedAndJoinedValues(): void
    {
        $created = Created::parse(self::fixture('create_success.xml'));
        self::assertIsInt($created->createTime);
        $joined = Joined::parse(self::fixture('join_guest_wait_2.7.xml'));
        self::assertSame(GuestStatus::Wait, $joined->guestStatus);
        self::assertTrue($joined->isWaiting());
    }

    public function testNoSecretInDumpsTracesOrMessages(): void
    {
        $secret = 'S3cr3t-do-not-print-7f1c';
        $server = new Server('bbb.example.com', $secret);
        $verifier = new Verifier([$secret, 'old-' . $secret]);
        foreach ([$server, $verifier] as $object) {
            ob_start();
            var_dump($object);
            $dump = (string) ob_get_clean();
            self::assertStringNotContainsString($secret, $dump);
            self::assertStringNotContainsString($secret, print_r($object, true));
            self::assertStringNotContainsString($secret, var_export($object, true));
            self::assertStringNotContainsString($secret, (string) json_encode($object));
            self::assertStringNotContainsString($secret, print_r((array) $object, true));
            try {
                serialize($object);
                self::fail('serialized');
            } catch (\LogicException) {
            }
        }
        self::assertStringContainsString('bbb.example.com', print_r($server, true));
        // A refused URL: neither the message nor the trace (with its arguments) shows the secret.
        $previous = ini_set('zend.exception_ignore_args', '0');
        try {
            new Server('ftp://bbb.example.com', $secret);
            self::fail('no exception');
        } catch (InvalidParameterException $e) {
            self::assertSame('url', $e->getParameter());
            self::assertStringNotContainsString($secret, $e->getMessage());
            self::assertStringNotContainsString($secret, $e->getTraceAsString());
            foreach ($e->getTrace() as $frame) {
                foreach ($frame['args'] ?? [] as $arg) {
                    self::assertFalse(is_string($arg) && str_contains($arg, $secret), 'a trace argument shows the secret');
                }
            }
        } finally {
            ini_set('zend.exception_ignore_args', (string) $previous);
        }
        try {
            new Server('bbb.example.com', "\x01" . $secret);
            self::fail('no exception');
        } catch (InvalidParameterException $e) {
            self::assertSame(['secret', 'control_character'], [$e->getParameter(), $e->getRule()]);
            self::assertStringNotContainsString($secret, $e->getMessage());
        }
    }

    public function testCloneOwnsItsOwnHandle(): void
    {
        $server = self::server();
        $copy = clone $server;
        $url = $server->apiUrl('end', ['meetingID' => 'x']);
        unset($server);
        gc_collect_cycles();
        self::assertSame($url, $copy->apiUrl('end', ['meetingID' => 'x']));
        $sha1 = $copy->withAlgorithm('sha1');
        self::assertSame(Algorithm::Sha256, $copy->algorithm());
        self::assertSame(Algorithm::Sha1, $sha1->algorithm());
        self::assertSame($copy->baseUrl(), $sha1->baseUrl());
    }

    /** The resident set size of this process in bytes (native allocations included). */
    private static function rss(): int
    {
        $statm = explode(' ', (string) file_get_contents('/proc/self/statm'));
        return (int) $statm[1] * 4096;
    }

    public function testNoLeaksOverManyCalls(): void
    {
        $server = self::server();
        $request = new JoinRequest('physics-101', 'Marie Curie', role: Role::Moderator, createTime: 1715261728123,
            userId: 'u-17', userdata: ['bbb_show_participants_on_login' => 'false']);
        $join = self::fixture('join_success_3.0.xml');
        $create = self::fixture('create_success.xml');
        $info = self::fixture('get_meeting_info.xml');
        $error = self::fixture('error_checksum.xml');
        $round = function () use ($server, $request, $join, $create, $info, $error): void {
            $url = $server->joinUrl($request);
            $server->verifyUrl($url);
            $server->apiUrl('getMeetingInfo', ['meetingID' => 'physics-101']);
            Joined::parse($join);
            Created::parse($create);
            Response::parse($info);
            try {
                Joined::parse($error);
            } catch (ChecksumErrorException) {
            }
            try {
                $server->joinUrl(new JoinRequest('a,b', 'Ada', role: Role::Viewer));
            } catch (InvalidParameterException) {
            }
            $server->joinUrl(new JoinRequest('physics-101', 'Ada', role: Role::Viewer, extra: ['lang' => 'de']));
            try {
                $server->joinUrl(new JoinRequest('physics-101', 'Ada', role: Role::Viewer, extra: ['meetingID' => 'x']));
            } catch (InvalidParameterException) {
            }
            try {
                $server->joinUrl(new JoinRequest('physics-101', 'Ada', role: Role::Viewer, extra: ['lang' => "d\0e"]));
            } catch (InvalidParameterException) {
            }
            (new Server('bbb.example.com', 'other'))->checksum('end', 'meetingID=x');
        };
        for ($i = 0; $i < 2000; $i++) {
            $round();
        }
        gc_collect_cycles();
        $rss = self::rss();
        $php = memory_get_usage();
        for ($i = 0; $i < 20000; $i++) {
            $round();
        }
        gc_collect_cycles();
        // 20,000 rounds of 12 calls: leaking even 16 bytes a call would add ~3.8 MB.
        self::assertLessThan(1024 * 1024, self::rss() - $rss, 'native memory grew');
        self::assertLessThan(64 * 1024, memory_get_usage() - $php, 'PHP memory grew');
    }

    public function testVersionIsTheWorkspaceVersion(): void
    {
        preg_match('/^\[workspace\.package\][^\[]*?^version = "([^"]+)"/ms', (string) file_get_contents(BBBKIT_REPO . '/Cargo.toml'), $m);
        self::assertSame($m[1], Library::default()->version());
        self::assertSame($m[1], Library::VERSION); // generated from the library, checked fresh
    }

    public function testALibraryOfAnotherVersionIsRefused(): void
    {
        $lib = Library::default()->source;
        if (!is_file($lib)) {
            self::markTestSkipped('the library was preloaded or comes from the system path');
        }
        // The same library, its version string patched in place (same length).
        $bytes = (string) file_get_contents($lib);
        self::assertSame(1, substr_count($bytes, Library::VERSION . "\0"));
        $old = substr('0.0.1-old', 0, strlen(Library::VERSION));
        $copy = sys_get_temp_dir() . '/bbbkit-old-' . getmypid() . '.so';
        file_put_contents($copy, str_replace(Library::VERSION . "\0", $old . "\0", $bytes));
        try {
            self::assertSame($old, Library::loadAnyVersion($copy)->version()); // what bin/generate.php reads
            Library::load($copy);
            self::fail('no exception');
        } catch (LibraryException $e) {
            self::assertSame($copy, $e->getLibraryPath());
            self::assertSame(Library::VERSION, $e->getExpectedVersion());
            self::assertStringContainsString("\"{$copy}\" is bbbkit {$old}, but this package needs bbbkit " . Library::VERSION, $e->getMessage());
        } finally {
            @unlink($copy);
        }
    }

    public function testLibraryIsFoundInTheDocumentedOrder(): void
    {
        self::assertSame('/opt/x/libbbbkit.so', Library::resolve('/opt/x/libbbbkit.so'));
        $env = getenv('BBBKIT_LIB');
        try {
            putenv('BBBKIT_LIB=/from/env/libbbbkit.so');
            self::assertSame('/from/env/libbbbkit.so', Library::resolve());
            putenv('BBBKIT_LIB');
            $package = dirname(__DIR__) . '/lib/libbbbkit.so';
            self::assertSame(is_file($package) ? $package : 'libbbbkit.so', Library::resolve());
        } finally {
            putenv($env === false ? 'BBBKIT_LIB' : "BBBKIT_LIB={$env}");
        }
    }

    public function testAnExplicitPathWinsOverTheEnvironment(): void
    {
        $lib = Library::default()->source;
        if (!is_file($lib)) {
            self::markTestSkipped('the library was preloaded or comes from the system path');
        }
        $code = 'BbbKit\\Library::use(' . var_export($lib, true) . '); echo BbbKit\\Library::default()->source;';
        [$rc, $out] = self::php([PHP_BINARY], $code, ['BBBKIT_LIB' => '/nonexistent/libbbbkit.so']);
        self::assertSame(0, $rc, $out);
        self::assertSame($lib, $out);
        [$rc, $out] = self::php([PHP_BINARY], 'new BbbKit\\Server("h", "s");', ['BBBKIT_LIB' => '/nonexistent/libbbbkit.so']);
        self::assertNotSame(0, $rc);
        self::assertStringContainsString('/nonexistent/libbbbkit.so', $out);
    }

    public function testAMissingLibrarySaysWhatToDo(): void
    {
        try {
            Library::load('/nonexistent/libbbbkit.so');
            self::fail('no exception');
        } catch (LibraryException $e) {
            self::assertStringContainsString('/nonexistent/libbbbkit.so', $e->getMessage());
            self::assertStringContainsString('library ' . Library::VERSION . ' from', $e->getMessage());
            self::assertSame('/nonexistent/libbbbkit.so', $e->getLibraryPath());
            self::assertStringContainsString('BBBKIT_LIB', $e->getMessage());
            self::assertStringContainsString('cargo build --release -p bbbkit-c', $e->getMessage());
        }
    }

    /** Runs PHP in a child process and returns [exit code, output]. */
    public static function php(array $args, string $code, array $env = []): array
    {
        $script = tempnam(sys_get_temp_dir(), 'bbbkit-php-');
        file_put_contents($script, "<?php\nrequire " . var_export(dirname(__DIR__) . '/autoload.php', true) . ";\n" . $code);
        $cmd = array_merge($args, [$script]);
        $proc = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, $env + getenv());
        $out = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
        $rc = proc_close($proc);
        unlink($script);
        return [$rc, $out];
    }

    public function testTheReadmesFiveLinesRun(): void
    {
        $readme = (string) file_get_contents(dirname(__DIR__) . '/README.md');
        self::assertSame(1, preg_match('/## Five lines\s+```php\n(.*?)```/s', $readme, $m));
        self::assertCount(5, array_filter(explode("\n", trim($m[1])), fn ($l) => trim($l) !== ''));
        [$rc, $out] = self::php([PHP_BINARY], $m[1] . 'echo $url;', ['BBB_SECRET' => self::SECRET]);
        self::assertSame(0, $rc, $out);
        $want = (new Server('https://bbb.example.com/bigbluebutton/', self::SECRET))
            ->joinUrl(new JoinRequest('physics-101', 'Marie Curie', role: Role::Moderator, userId: 'u-17'));
        self::assertSame($want, $out);
        self::assertStringStartsWith('https://bbb.example.com/bigbluebutton/api/join?meetingID=physics-101&fullName=Marie+Curie&role=MODERATOR&userID=u-17&checksum=', $out);
    }

    public function testMissingFfiExtensionSaysWhatToEnable(): void
    {
        // `php -n` reads no php.ini, so Debian's FFI module is not loaded.
        [$rc, $out] = self::php([PHP_BINARY, '-n'], 'try { BbbKit\Library::load(); } catch (BbbKit\Exception\LibraryException $e) { echo $e->getMessage(); }');
        self::assertSame(0, $rc, $out);
        self::assertStringContainsString('needs the PHP FFI extension', $out);
        self::assertStringContainsString('extension=ffi', $out);
    }

    public function testPackageLibFolderIsUsedWithoutTheEnvironmentVariable(): void
    {
        $lib = Library::default()->source;
        if (!is_file($lib)) {
            self::markTestSkipped('the library was preloaded or comes from the system path');
        }
        $dir = dirname(__DIR__) . '/lib';
        $copy = "{$dir}/libbbbkit.so";
        $existed = is_file($copy);
        if (!$existed) {
            @mkdir($dir);
            copy($lib, $copy);
        }
        try {
            [$rc, $out] = self::php([PHP_BINARY], 'echo BbbKit\Library::default()->source, " ", BbbKit\Library::default()->version();', ['BBBKIT_LIB' => '']);
            self::assertSame(0, $rc, $out);
            self::assertSame(realpath($copy) . ' ' . Library::default()->version(), $out);
        } finally {
            if (!$existed) {
                unlink($copy);
                @rmdir($dir);
            }
        }
    }
}
