<?php

declare(strict_types=1);

namespace BbbKit\Tests;

use BbbKit\Algorithm;
use BbbKit\CallbackVerifier;
use BbbKit\Created;
use BbbKit\Exception\ApiException;
use BbbKit\Exception\BbbException;
use BbbKit\Exception\CallbackException;
use BbbKit\Exception\Kinds;
use BbbKit\Exception\InvalidParameterException;
use BbbKit\Exception\ParseException;
use BbbKit\Exception\VerifyException;
use BbbKit\Joined;
use BbbKit\JoinRequest;
use BbbKit\Library;
use BbbKit\Response;
use BbbKit\Server;
use BbbKit\Verifier;
use PHPUnit\Framework\TestCase;

/**
 * Every case of every file in tests/vectors/, one PHPUnit test each.
 */
final class VectorsTest extends TestCase
{
    /** @return array<string, array{0: array<string, mixed>}> */
    private static function cases(string $file): array
    {
        $path = BBBKIT_REPO . "/tests/vectors/{$file}";
        $text = @file_get_contents($path);
        if ($text === false) {
            throw new \RuntimeException("missing vector file {$path}");
        }
        $data = json_decode($text, true, 512, JSON_THROW_ON_ERROR);
        $cases = [];
        foreach ($data['cases'] as $case) {
            $cases[$case['name']] = [$case];
        }
        if ($cases === []) {
            throw new \RuntimeException("no cases in {$path}");
        }
        return $cases;
    }

    public static function checksumCases(): array
    {
        return self::cases('checksum.json');
    }

    public static function serverCases(): array
    {
        return self::cases('server.json');
    }

    public static function joinCases(): array
    {
        return self::cases('join.json');
    }

    public static function apiUrlCases(): array
    {
        return self::cases('api_url.json');
    }

    public static function verifyCases(): array
    {
        return self::cases('verify.json');
    }

    public static function parseCases(): array
    {
        return self::cases('parse.json');
    }

    public static function callbackCases(): array
    {
        return self::cases('callbacks.json');
    }

    /** Runs `$run` and checks its result with `$check`, or checks the vector's error. */
    private function expect(array $case, callable $run, callable $check): void
    {
        if (!isset($case['error'])) {
            $check($run());
            return;
        }
        try {
            $run();
        } catch (BbbException $e) {
            $this->assertError($case['error'], $e);
            return;
        }
        self::fail('expected error ' . json_encode($case['error']));
    }

    private function assertError(array $want, \Throwable $e): void
    {
        switch ($want['kind']) {
            case 'invalid_parameter':
                self::assertInstanceOf(InvalidParameterException::class, $e, $e->getMessage());
                self::assertSame($want['parameter'], $e->getParameter());
                self::assertSame($want['rule'], $e->getRule());
                self::assertStringContainsString($want['parameter'], $e->getMessage());
                break;
            case 'parse':
                self::assertInstanceOf(ParseException::class, $e, $e->getMessage());
                self::assertSame($want['code'], $e->getParseCode());
                break;
            case 'api':
                self::assertInstanceOf(ApiException::class, $e, $e->getMessage());
                $this->assertApiError($want, $e);
                break;
            default:
                if (str_starts_with($want['kind'], 'callback_')) {
                    self::assertInstanceOf(CallbackException::class, $e, $e->getMessage());
                    self::assertSame(Kinds::classOf($want['kind'], CallbackException::class), get_class($e));
                    self::assertSame(401, $e->getHttpStatus());
                } else {
                    self::assertInstanceOf(VerifyException::class, $e, $e->getMessage());
                }
                self::assertSame($want['kind'], $e->getKind());
        }
    }

    private function assertApiError(array $want, ApiException $e): void
    {
        self::assertSame($want['key'], $e->getKey());
        if (isset($want['api_kind'])) {
            self::assertSame($want['api_kind'], $e->getKind());
            self::assertSame(ApiException::classFor($want['api_kind']), get_class($e));
        }
        self::assertSame($want['message'], $e->getServerMessage());
        $errors = array_map(fn ($d) => ['key' => $d->key, 'message' => $d->message], $e->getErrors());
        self::assertSame($want['errors'], $errors);
        self::assertSame($e->getKind(), $e->getErrors()[0]->kind);
        if (isset($want['details'])) {
            $details = [];
            foreach ($want['details'] as [$name, $value]) {
                $details[$name] = $value;
            }
            self::assertSame($details, $e->getDetails());
            foreach ($details as $name => $value) {
                self::assertSame($value, $e->getDetail($name));
            }
            self::assertNull($e->getDetail('noSuchDetail'));
        }
    }

    private static function server(array $spec): Server
    {
        return new Server($spec['url'], $spec['secret'], $spec['algorithm'] ?? Algorithm::Sha256);
    }

    /** @dataProvider checksumCases */
    public function testChecksum(array $case): void
    {
        $this->expect(
            $case,
            fn () => \BbbKit\checksum($case['call'], $case['query'], $case['secret'], $case['algorithm']),
            fn ($cs) => self::assertSame($case['checksum'], $cs),
        );
    }

    /** @dataProvider serverCases */
    public function testServer(array $case): void
    {
        $this->expect(
            $case,
            fn () => new Server($case['url'], $case['secret']),
            fn (Server $s) => self::assertSame($case['base_url'], $s->baseUrl()),
        );
    }

    /** @dataProvider joinCases */
    public function testJoin(array $case): void
    {
        $r = $case['request'];
        // Named arguments from the BBB names, through the declaration the package is generated
        // from: this runner lists no parameter of its own.
        $args = [];
        foreach ($r as $name => $value) {
            if ($name === 'userdata' || $name === 'extra') {
                $args[$name] = $value;
                continue;
            }
            self::assertArrayHasKey($name, JoinRequest::PARAMETERS, 'a key this runner does not know');
            $args[JoinRequest::PARAMETERS[$name]] = $value;
        }
        $f = Library::default()->ffi;
        for ($i = 0; $i < $f->bbbkit_join_parameters_len(); $i++) {
            if ($f->bbbkit_join_parameter_required($i)) {
                $args[JoinRequest::PARAMETERS[$f->bbbkit_join_parameter_name($i)]] ??= '';
            }
        }
        $server = self::server($case['server']);
        $request = null;
        $this->expect(
            $case,
            function () use ($server, $args, &$request) {
                $request = new JoinRequest(...$args);
                return $server->joinUrl($request);
            },
            function (string $url) use ($case, &$request) {
                self::assertSame($case['url'], $url);
                // The handle path too (bbbkit_join_from_params + bbbkit_join_add_param), which
                // joinUrl() takes only for requests with extra parameters.
                $query = substr($case['url'], strpos($case['url'], '?') + 1);
                self::assertSame(substr($query, 0, (int) strrpos($query, '&checksum=')), $request->toQuery());
                if (array_key_exists('effective_auth', $case)) {
                    self::assertSame($case['effective_auth'], $request->effectiveAuth());
                }
            },
        );
    }

    /** @dataProvider apiUrlCases */
    public function testApiUrl(array $case): void
    {
        $server = self::server($case['server']);
        // As [name, value] pairs, which may repeat a name; testApiUrlWithAnArray covers name => value.
        $params = $case['params'];
        $this->expect(
            $case,
            fn () => $server->apiUrl($case['call'], $params),
            fn (string $url) => self::assertSame($case['url'], $url),
        );
    }

    /** @dataProvider verifyCases */
    public function testVerify(array $case): void
    {
        $this->expect(
            $case,
            function () use ($case) {
                $verifier = new Verifier($case['secrets'], $case['allowed'] ?? null);
                return isset($case['url'])
                    ? $verifier->verifyUrl($case['url'])
                    : $verifier->verify($case['call'], $case['query']);
            },
            function ($ok) use ($case) {
                self::assertSame($case['algorithm'], $ok->algorithm->value);
                self::assertSame($case['key_index'], $ok->keyIndex);
                if (isset($case['call'])) {
                    self::assertSame($case['call'], $ok->call);
                }
                if (isset($case['params'])) {
                    self::assertSame($case['params'], $ok->params);
                }
            },
        );
    }

    /** @dataProvider parseCases */
    public function testParse(array $case): void
    {
        if ($case['kind'] === 'error_redirect') {
            $this->expect(
                $case,
                fn () => ApiException::fromErrorRedirect($case['location']),
                fn (ApiException $e) => $this->assertApiError($case['expected'], $e),
            );
            return;
        }
        if (isset($case['fixture'])) {
            $body = file_get_contents(BBBKIT_REPO . '/tests/fixtures/' . $case['fixture']);
            self::assertIsString($body, 'fixture ' . $case['fixture']);
        } elseif (isset($case['input_hex'])) {
            $body = hex2bin($case['input_hex']);
        } else {
            $body = $case['input'];
        }
        $max = $case['max_size'] ?? null;
        $want = $case['expected'] ?? [];
        match ($case['kind']) {
            'join' => $this->expect($case, fn () => Joined::parse($body, $max), function (Joined $j) use ($want) {
                self::assertSame($want['meeting_id'], $j->meetingId);
                self::assertSame($want['user_id'], $j->userId);
                self::assertSame($want['auth_token'], $j->authToken);
                self::assertSame($want['session_token'], $j->sessionToken);
                self::assertSame($want['guest_status'], $j->guestStatusValue);
                self::assertSame(
                    in_array($want['guest_status'], ['ALLOW', 'WAIT', 'DENY'], true) ? $want['guest_status'] : 'OTHER',
                    $j->guestStatus->value,
                );
                self::assertSame($want['guest_status'] === 'WAIT', $j->isWaiting());
                self::assertSame($want['url'], $j->url);
                self::assertSame($want['message_key'], $j->messageKey);
                self::assertSame($want['message'], $j->message);
            }),
            'create' => $this->expect($case, fn () => Created::parse($body, $max), function (Created $c) use ($want) {
                $got = [
                    'meeting_id' => $c->meetingId,
                    'internal_meeting_id' => $c->internalMeetingId,
                    'parent_meeting_id' => $c->parentMeetingId,
                    'attendee_pw' => $c->attendeePw,
                    'moderator_pw' => $c->moderatorPw,
                    'create_time' => $c->createTime,
                    'voice_bridge' => $c->voiceBridge,
                    'dial_number' => $c->dialNumber,
                    'create_date' => $c->createDate,
                    'has_user_joined' => $c->hasUserJoined,
                    'duration' => $c->duration,
                    'has_been_forcibly_ended' => $c->hasBeenForciblyEnded,
                    'message_key' => $c->messageKey,
                    'message' => $c->message,
                    'duplicate_warning' => $c->duplicateWarning,
                ];
                ksort($got);
                ksort($want);
                self::assertSame($want, $got);
            }),
            'generic' => $this->expect($case, fn () => Response::parse($body, $max), function (Response $r) use ($want) {
                self::assertSame($want['message_key'], $r->messageKey);
                self::assertSame($want['message'], $r->message);
                foreach ($want['get'] as $name => $text) {
                    self::assertSame($text, $r->get($name), $name);
                    self::assertSame($text, $r->element($name)?->text, $name);
                }
                foreach ($want['attributes'] ?? [] as $path => $pairs) {
                    $element = $r->root;
                    foreach (explode('/', $path) as $step) {
                        $element = $element?->child($step);
                    }
                    self::assertNotNull($element, "attributes of $path: no such element");
                    $expected = [];
                    foreach ($pairs as [$name, $value]) {
                        $expected[$name] = $value;
                        self::assertSame($value, $element->attribute($name), "$path: attribute $name");
                    }
                    // Names, values and document order.
                    self::assertSame($expected, $element->attributes, "attributes of $path");
                    self::assertNull($element->attribute('noSuchAttribute'), $path);
                }
            }),
        };
    }

    /** @dataProvider callbackCases */
    public function testCallback(array $case): void
    {
        $verifier = fn () => new CallbackVerifier(
            $case['secrets'],
            allow: $case['allowed'] ?? null,
            now: $case['now'] ?? null,
            maxSize: $case['max_size'] ?? null,
        );
        $schemes = $case['webhook_schemes'] ?? ['v3.4'];
        // The PHP API always accepts bbb-webhooks 3.4+: a case that does not cannot be expressed.
        self::assertContains('v3.4', $schemes, 'a webhook case without v3.4');
        $want = $case['expected'] ?? [];
        $webhook = function (\BbbKit\WebhookPost $p) use ($want) {
            $got = [
                'domain' => $p->domain,
                'timestamp' => $p->timestamp,
                'events' => array_map(fn ($e) => [
                    'id' => $e->id,
                    'internal_meeting_id' => $e->internalMeetingId,
                    'external_meeting_id' => $e->externalMeetingId,
                    'timestamp' => $e->timestamp,
                    'raw' => $e->raw,
                ], $p->events),
                'scheme' => $p->scheme,
                'algorithm' => $p->algorithm?->value,
                'key_index' => $p->keyIndex,
            ];
            self::assertSame($want, $got);
            foreach ($p->events as $e) {
                self::assertSame(json_decode($e->raw, true), $e->data());
            }
        };
        match ($case['scheme']) {
            'recording_ready' => $this->expect(
                $case,
                fn () => $verifier()->recordingReady($case['body']),
                function (\BbbKit\RecordingReady $r) use ($want) {
                    self::assertSame($want, [
                        'meeting_id' => $r->meetingId,
                        'record_id' => $r->recordId,
                        'other_claims' => $r->otherClaims,
                        'algorithm' => $r->algorithm->value,
                        'key_index' => $r->keyIndex,
                    ]);
                    self::assertSame(array_keys($r->claims()), array_column($r->otherClaims, 0));
                },
            ),
            'analytics' => $this->expect(
                $case,
                fn () => $verifier()->analytics($case['authorization']),
                fn (\BbbKit\AnalyticsToken $t) => self::assertSame($want, [
                    'expires_at' => $t->expiresAt,
                    'algorithm' => $t->algorithm->value,
                    'key_index' => $t->keyIndex,
                ]),
            ),
            'webhook' => $this->expect(
                $case,
                fn () => $verifier()->webhook(
                    $case['url'],
                    $case['body'],
                    acceptV2: in_array('v2', $schemes, true),
                    acceptReplayableV30Checksum: in_array('v3.0-constant', $schemes, true),
                ),
                $webhook,
            ),
            'webhook_bearer' => $this->expect(
                $case,
                fn () => $verifier()->webhookBearer($case['authorization'], $case['body']),
                $webhook,
            ),
            'end_callback_url' => $this->expect(
                $case,
                fn () => $verifier()->endCallbackUrl($case['url'], $case['meeting_id'], $case['expires_at']),
                fn (string $url) => self::assertSame($want, ['url' => $url]),
            ),
            'end_callback' => $this->expect(
                $case,
                fn () => $verifier()->endCallback($case['url']),
                fn (\BbbKit\EndCallback $e) => self::assertSame($want, [
                    'meeting_id' => $e->meetingId,
                    'recording_marks' => $e->recordingMarks,
                    'key_index' => $e->keyIndex,
                ]),
            ),
        };
    }
}
