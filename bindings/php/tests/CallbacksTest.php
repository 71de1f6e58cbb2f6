<?php

declare(strict_types=1);

namespace BbbKit\Tests;

use BbbKit\Algorithm;
use BbbKit\CallbackVerifier;
use BbbKit\Exception\BbbException;
use BbbKit\Exception\CallbackAlgorithmNotAllowedException;
use BbbKit\Exception\CallbackException;
use BbbKit\Exception\CallbackMalformedException;
use BbbKit\Exception\CallbackSignatureException;
use BbbKit\Exception\CallbackTooLargeException;
use BbbKit\Exception\InvalidParameterException;
use BbbKit\JwtAlgorithm;
use BbbKit\Library;
use PHPUnit\Framework\TestCase;

/**
 * The callback verifier beyond the vectors: the exception classes, secrets in dumps and traces,
 * memory, and `examples/callbacks.php` answering real (CGI) requests.
 */
final class CallbacksTest extends TestCase
{
    private const SECRET = '639259d4-9dd8-4b25-bf01-95f9567eaf4b';
    private const CGI = '/usr/bin/php-cgi';

    /** @return array<string, mixed> the case of callbacks.json named `$name` */
    private static function vector(string $name): array
    {
        $data = json_decode((string) file_get_contents(BBBKIT_REPO . '/tests/vectors/callbacks.json'), true, 512, JSON_THROW_ON_ERROR);
        foreach ($data['cases'] as $case) {
            if ($case['name'] === $name) {
                return $case;
            }
        }
        throw new \RuntimeException("no callbacks.json case {$name}");
    }

    public function testEveryCallbackCodeOfTheLibraryHasItsExceptionClass(): void
    {
        $f = Library::default()->ffi;
        $codes = [];
        for ($i = 0; ($code = $f->bbbkit_callback_error_code($i)) !== null; $i++) {
            $e = CallbackException::forKind($code, 'm');
            self::assertSame($code, $e->getKind());
            self::assertSame($code, (new (get_class($e))('m'))->getKind(), "the class of {$code} is not named after it");
            self::assertInstanceOf(BbbException::class, $e);
            self::assertSame(401, $e->getHttpStatus());
            $codes[] = $code;
        }
        self::assertContains('callback_replayable_checksum', $codes);
        self::assertCount(count(array_unique(array_map(fn ($c) => get_class(CallbackException::forKind($c, 'm')), $codes))), $codes);
        // A code newer than the package: a signature failure that keeps its code.
        $new = CallbackException::forKind('callback_something_new', 'm');
        self::assertSame(CallbackSignatureException::class, get_class($new));
        self::assertSame('callback_something_new', $new->getKind());
    }

    public function testOptionsAndRefusals(): void
    {
        $ready = self::vector('recording_ready_hs512_allowed');
        try {
            (new CallbackVerifier($ready['secrets']))->recordingReady($ready['body']);
            self::fail('HS512 accepted by default');
        } catch (CallbackAlgorithmNotAllowedException $e) {
            self::assertSame(401, $e->getHttpStatus());
        }
        $ok = (new CallbackVerifier($ready['secrets'], allow: [JwtAlgorithm::Hs512, 'hs256']))->recordingReady($ready['body']);
        self::assertSame(JwtAlgorithm::Hs512, $ok->algorithm);
        $extra = self::vector('recording_ready_extra_claims_kept');
        self::assertSame(['type' => 'presentation', 'formats' => ['video', 'notes']], (new CallbackVerifier($extra['secrets']))->recordingReady($extra['body'])->claims());
        $this->expectThrows(CallbackTooLargeException::class, fn () => (new CallbackVerifier([self::SECRET], maxSize: 10))->recordingReady($ready['body']));

        // Argument errors are programming errors, not callbacks: InvalidParameterException.
        foreach ([
            [fn () => new CallbackVerifier([]), 'secrets'],
            [fn () => new CallbackVerifier(['']), 'secret'],
            [fn () => new CallbackVerifier([self::SECRET], allow: ['none']), 'algorithm'],
            [fn () => new CallbackVerifier([self::SECRET], allow: ['RS256']), 'algorithm'],
            [fn () => new CallbackVerifier([self::SECRET], now: -1), 'now'],
            [fn () => new CallbackVerifier([self::SECRET], maxSize: -1), 'maxSize'],
            [fn () => (new CallbackVerifier([self::SECRET]))->endCallbackUrl('https://a.example/x', 'm', -1), 'expiresAt'],
            [fn () => (new CallbackVerifier([self::SECRET]))->endCallbackUrl('https://a.example/x#f', 'm', 1), 'url'],
        ] as [$run, $parameter]) {
            try {
                $run();
                self::fail("no exception for {$parameter}");
            } catch (InvalidParameterException $e) {
                self::assertSame($parameter, $e->getParameter());
            }
        }

        // What arrives with a request is never a programming error: a NUL byte or invalid UTF-8
        // in a header or URL is a malformed callback, answered 401 like any other.
        $v = new CallbackVerifier([self::SECRET]);
        foreach ([
            fn () => $v->analytics("Bearer a\0b"),
            fn () => $v->analytics("Bearer \xff"),
            fn () => $v->webhookBearer("Bearer \xc3", 'domain=x'),
            fn () => $v->webhook("https://app.example.com/hook?checksum=\0", 'domain=x'),
            fn () => $v->endCallback("https://app.example.com/ended?meetingID=\xff"),
        ] as $i => $run) {
            $e = $this->expectThrows(CallbackMalformedException::class, $run);
            self::assertSame(['callback_malformed', 401], [$e->getKind(), $e->getHttpStatus()], "case {$i}");
        }

        // The end-meeting round trip, and a webhook with its optional schemes.
        $keys = new CallbackVerifier(['an-application-key'], now: 1_700_000_000);
        $url = $keys->endCallbackUrl('https://lms.example.com/bbb/ended?course=7', 'physics-101', 1_700_086_400);
        $ended = $keys->endCallback("{$url}&recordingmarks=true&meetingID=physics-101");
        self::assertSame(['physics-101', true, 0], [$ended->meetingId, $ended->recordingMarks, $ended->keyIndex]);
        $this->expectThrows(CallbackSignatureException::class, fn () => $keys->endCallback("{$url}&recordingmarks=true&meetingID=physics-102"));
        $v2 = self::vector('webhook_spec_v2_opted_in');
        $post = (new CallbackVerifier($v2['secrets']))->webhook($v2['url'], $v2['body'], acceptV2: true);
        self::assertSame(['v2', Algorithm::Sha1], [$post->scheme, $post->algorithm]);
    }

    /**
     * @template T of \Throwable
     * @param class-string<T> $class
     * @return T
     */
    private function expectThrows(string $class, callable $run): \Throwable
    {
        try {
            $run();
        } catch (\Throwable $e) {
            self::assertSame($class, get_class($e), $e->getMessage());
            return $e;
        }
        self::fail("no {$class}");
    }

    public function testSecretsNeverShow(): void
    {
        $secret = 'cb-secret-7f1c';
        $v = new CallbackVerifier([$secret, 'other-secret-7f1c'], allow: ['HS256'], now: 5);
        ob_start();
        var_dump($v);
        $dumps = [(string) ob_get_clean(), print_r($v, true), var_export($v, true), (string) json_encode($v), print_r((array) $v, true)];
        foreach ($dumps as $dump) {
            self::assertStringNotContainsString('secret-7f1c', $dump);
        }
        self::assertSame(['secrets' => '[2 redacted]', 'allow' => ['HS256'], 'now' => 5, 'maxSize' => null], $v->__debugInfo());
        try {
            $v->webhookBearer('Bearer not-the-' . $secret, 'domain=x');
            self::fail('no exception');
        } catch (CallbackSignatureException $e) {
            self::assertStringNotContainsString('secret-7f1c', $e->getMessage());
        }
        $this->expectException(\LogicException::class);
        serialize($v);
    }

    public function testSecretsAndBearerTokensAreNotInTraces(): void
    {
        $previous = ini_set('zend.exception_ignore_args', '0');
        try {
            foreach ([
                fn () => new CallbackVerifier(['good-secret-7f1c', "bad\0secret-7f1c"]),
                fn () => (new CallbackVerifier(['k']))->webhookBearer("Bearer secret-7f1c\0", 'domain=x'),
                fn () => (new CallbackVerifier(['k']))->analytics("Bearer secret-7f1c\xff"),
            ] as $i => $run) {
                try {
                    $run();
                    self::fail("no exception ({$i})");
                } catch (BbbException $e) {
                    self::assertNotEmpty($e->getTrace()[0]['args'] ?? [], 'the trace has no arguments: the test checks nothing');
                    self::assertStringNotContainsString('secret-7f1c', $e->getMessage());
                    self::assertStringNotContainsString('secret-7f1c', $e->getTraceAsString());
                    self::assertStringNotContainsString('secret-7f1c', print_r(array_map(fn ($f) => $f['args'] ?? [], $e->getTrace()), true), "case {$i}");
                }
            }
        } finally {
            ini_set('zend.exception_ignore_args', (string) $previous);
        }
    }

    public function testNoLeaksOverManyCalls(): void
    {
        $ready = self::vector('recording_ready_extra_claims_kept');
        $hook = self::vector('webhook_two_events');
        $v = new CallbackVerifier([self::SECRET]);
        $wrong = new CallbackVerifier(['not-the-secret']);
        $round = function () use ($v, $wrong, $ready, $hook): void {
            $v->recordingReady($ready['body']);
            $v->webhook($hook['url'], $hook['body']);
            try {
                $wrong->webhook($hook['url'], $hook['body']);
            } catch (CallbackSignatureException) {
            }
            $v->endCallback($v->endCallbackUrl('https://lms.example.com/ended', 'm', PHP_INT_MAX) . '&recordingmarks=false&meetingID=m');
        };
        for ($i = 0; $i < 1000; $i++) {
            $round();
        }
        gc_collect_cycles();
        $rss = (int) explode(' ', (string) file_get_contents('/proc/self/statm'))[1] * 4096;
        $php = memory_get_usage();
        for ($i = 0; $i < 10000; $i++) {
            $round();
        }
        gc_collect_cycles();
        $now = (int) explode(' ', (string) file_get_contents('/proc/self/statm'))[1] * 4096;
        self::assertLessThan(1024 * 1024, $now - $rss, 'native memory grew');
        self::assertLessThan(64 * 1024, memory_get_usage() - $php, 'PHP memory grew');
    }

    /**
     * Runs examples/callbacks.php as php-cgi runs it for a web server: the request in CGI
     * variables, the body on standard input.
     *
     * @param array<string, string> $server
     * @return array{0: int, 1: string} the HTTP status and the body
     */
    private static function request(string $pathInfo, string $body, array $server = [], string $method = 'POST'): array
    {
        if (!is_executable(self::CGI)) {
            self::markTestSkipped('php-cgi is not installed (apt install php-cgi)');
        }
        $env = $server + [
            'PATH' => (string) getenv('PATH'),
            'BBBKIT_LIB' => (string) realpath(Library::resolve()),
            'BBB_SECRET' => 'an-old-secret,' . self::SECRET,
            'BBB_WEBHOOK_URL' => 'https://app.example.com/bbb/webhook',
            'GATEWAY_INTERFACE' => 'CGI/1.1',
            'REDIRECT_STATUS' => '200',
            'REQUEST_METHOD' => $method,
            'SCRIPT_FILENAME' => dirname(__DIR__) . '/examples/callbacks.php',
            'PATH_INFO' => $pathInfo,
            'QUERY_STRING' => '',
            'CONTENT_TYPE' => 'application/x-www-form-urlencoded;charset=UTF-8',
            'CONTENT_LENGTH' => (string) strlen($body),
        ];
        // php-cgi's SAPI, like php-fpm's, refuses FFI at run time unless allowed (see README:
        // preload in production); the example itself is what is under test here.
        $proc = proc_open([self::CGI, '-d', 'ffi.enable=1'], [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, $env);
        fwrite($pipes[0], $body);
        fclose($pipes[0]);
        $out = (string) stream_get_contents($pipes[1]);
        $err = (string) stream_get_contents($pipes[2]);
        proc_close($proc);
        [$head, $content] = array_pad(explode("\r\n\r\n", $out, 2), 2, '');
        $status = preg_match('/^Status: (\d{3})/m', $head, $m) === 1 ? (int) $m[1] : 200;
        self::assertStringNotContainsString('Fatal', $out . $err, $out . $err);
        return [$status, $content];
    }

    public function testTheExampleAnswers200ToGenuineCallbacksAnd401ToForgedOnes(): void
    {
        $ready = self::vector('recording_ready_spec_form');
        [$status, $body] = self::request('/recording-ready', $ready['body']);
        self::assertSame(200, $status, $body);
        self::assertStringContainsString('recording ffbfc4cc24428694e8b53a4e144f414052431693-1530718721124 of meeting test01', $body);
        [$status, $body] = self::request('/recording-ready', str_replace('8vrk', '8vrl', $ready['body']));
        self::assertSame([401, "refused: callback_signature\n"], [$status, $body]);
        [$status] = self::request('/recording-ready', '');
        self::assertSame(401, $status);

        // Webhooks: the checksum comes in the query, the URL is the registered one.
        foreach (['webhook_spec_v3_4_sha256', 'webhook_callback_url_with_query'] as $name) {
            $hook = self::vector($name);
            $query = (string) parse_url($hook['url'], PHP_URL_QUERY);
            [$status, $body] = self::request('/webhook', $hook['body'], ['QUERY_STRING' => $query]);
            self::assertSame(200, $status, "{$name}: {$body}");
            self::assertSame("bbb.example.com: meeting-ended in meeting random-9019868\n", $body);
            [$status] = self::request('/webhook', str_replace('random-9019868', 'random-9019869', $hook['body']), ['QUERY_STRING' => $query]);
            self::assertSame(401, $status, $name);
        }
        $constant = self::vector('webhook_spec_v3_0_constant_refused');
        [$status, $body] = self::request('/webhook', $constant['body'], ['QUERY_STRING' => (string) parse_url($constant['url'], PHP_URL_QUERY)]);
        self::assertSame([401, "refused: callback_replayable_checksum\n"], [$status, $body]);
        [$status] = self::request('/webhook', $constant['body']);
        self::assertSame(401, $status, 'no checksum');

        // Bearer mode.
        $bearer = self::vector('webhook_bearer_ok');
        [$status] = self::request('/webhook', $bearer['body'], ['HTTP_AUTHORIZATION' => $bearer['authorization']]);
        self::assertSame(200, $status);
        [$status] = self::request('/webhook', $bearer['body'], ['HTTP_AUTHORIZATION' => 'Bearer not-the-secret']);
        self::assertSame(401, $status);

        // Anything else.
        self::assertSame(404, self::request('/other', '')[0]);
        self::assertSame(405, self::request('/webhook', '', [], 'GET')[0]);
    }
}
