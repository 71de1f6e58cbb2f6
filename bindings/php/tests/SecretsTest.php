<?php

declare(strict_types=1);

namespace BbbKit\Tests;

use BbbKit\Created;
use BbbKit\Exception\InvalidParameterException;
use BbbKit\Joined;
use BbbKit\Server;
use BbbKit\Verifier;
use PHPUnit\Framework\TestCase;

/**
 * Tokens and passwords of parsed answers are redacted in dumps; secrets never show in stack
 * traces, not even with `zend.exception_ignore_args=0`.
 */
final class SecretsTest extends TestCase
{
    private static function fixture(string $name): string
    {
        return (string) file_get_contents(BBBKIT_REPO . '/tests/fixtures/' . $name);
    }

    /** @return array{0: string, 1: string, 2: string, 3: string, 4: string} dumps of $object */
    private static function dumps(object $object): array
    {
        ob_start();
        var_dump($object);
        $dump = (string) ob_get_clean();
        return [$dump, print_r($object, true), (string) json_encode($object), var_export($object->__debugInfo(), true), print_r($object->__debugInfo(), true)];
    }

    public function testJoinedTokensAreRedactedInDumpsButReadable(): void
    {
        $joined = Joined::parse(self::fixture('join_guest_wait_2.7.xml'));
        // readable through the properties
        self::assertSame('gst7authtok3', $joined->authToken);
        self::assertSame('waitsessiontok01', $joined->sessionToken);
        self::assertSame('https://bbb.example.com/html5client/guestWait?sessionToken=waitsessiontok01', $joined->url);
        foreach (self::dumps($joined) as $dump) {
            self::assertStringNotContainsString('gst7authtok3', $dump);
            self::assertStringNotContainsString('waitsessiontok01', $dump);
            self::assertStringContainsString('[redacted]', $dump);
            // the rest stays visible
            self::assertStringContainsString('w_gstwaitxyz12', $dump);
            self::assertStringContainsString('guestWait', $dump);
        }
        $info = $joined->__debugInfo();
        self::assertSame('[redacted]', $info['authToken']);
        self::assertSame('[redacted]', $info['sessionToken']);
        self::assertSame('https://bbb.example.com/html5client/guestWait?sessionToken=[redacted]', $info['url']);
        self::assertSame($joined->userId, $info['userId']);
        // the session token is redacted wherever it sits in the query, whatever the parameter's
        // case, and wherever else a copy of it sits (the library's redact_join_url)
        $other = new Joined('m', 'u', 'a', 'xyz9tok', $joined->guestStatus, 'WAIT', 'https://h/c/join?a=1&SessionToken=xyz9tok&b=2#xyz9tok', '', '');
        self::assertSame('https://h/c/join?a=1&SessionToken=[redacted]&b=2#[redacted]', $other->__debugInfo()['url']);
    }

    public function testCreatedPasswordsAreRedactedInDumpsButReadable(): void
    {
        $created = Created::parse(self::fixture('create_success.xml'));
        self::assertSame(['ap-6f1c', 'mp-9a2e'], [$created->attendeePw, $created->moderatorPw]);
        foreach (self::dumps($created) as $dump) {
            self::assertStringNotContainsString('ap-6f1c', $dump);
            self::assertStringNotContainsString('mp-9a2e', $dump);
            self::assertStringContainsString('[redacted]', $dump);
            self::assertStringContainsString($created->meetingId, $dump);
        }
        $info = $created->__debugInfo();
        self::assertSame('[redacted]', $info['attendeePw']);
        self::assertSame('[redacted]', $info['moderatorPw']);
        self::assertSame($created->createTime, $info['createTime']);
    }

    /** @return list<string> every string in the trace's arguments, arrays walked */
    private static function traceStrings(\Throwable $e): array
    {
        $strings = [];
        $walk = function (mixed $v) use (&$walk, &$strings): void {
            if (is_string($v)) {
                $strings[] = $v;
            } elseif (is_array($v)) {
                array_walk($v, fn ($x) => $walk($x));
            }
            // objects: a \SensitiveParameterValue (hidden), a Library (holds no secret)
        };
        foreach ($e->getTrace() as $frame) {
            $walk($frame['args'] ?? []);
        }
        return $strings;
    }

    /** @param callable(): mixed $call refuses a secret ending in `secret-7f1c` */
    private static function assertSecretNotInTrace(callable $call): void
    {
        $previous = ini_set('zend.exception_ignore_args', '0');
        self::assertNotFalse($previous, 'zend.exception_ignore_args cannot be set');
        try {
            $call();
            self::fail('no exception');
        } catch (InvalidParameterException $e) {
            self::assertSame(['secret', 'control_character'], [$e->getParameter(), $e->getRule()]);
            self::assertNotEmpty($e->getTrace()[0]['args'] ?? [], 'the trace has no arguments: the test checks nothing');
            self::assertStringNotContainsString('secret-7f1c', $e->getMessage());
            self::assertStringNotContainsString('secret-7f1c', $e->getTraceAsString());
            foreach (self::traceStrings($e) as $s) {
                self::assertStringNotContainsString('secret-7f1c', $s, 'a trace argument shows the secret');
            }
        } finally {
            ini_set('zend.exception_ignore_args', (string) $previous);
        }
    }

    public function testServerSecretNotInTrace(): void
    {
        self::assertSecretNotInTrace(fn () => new Server('bbb.example.com', "bad\0secret-7f1c"));
    }

    public function testVerifierSecretNotInTrace(): void
    {
        self::assertSecretNotInTrace(fn () => new Verifier(['good-secret-7f1c', "bad\0secret-7f1c"]));
    }

    public function testChecksumFunctionSecretNotInTrace(): void
    {
        self::assertSecretNotInTrace(fn () => \BbbKit\checksum('end', 'meetingID=x', "bad\0secret-7f1c"));
    }

    public function testWithoutIgnoreArgsTheTraceWouldShowArguments(): void
    {
        // Guards the tests above: with zend.exception_ignore_args=0 a non-secret argument shows.
        $previous = ini_set('zend.exception_ignore_args', '0');
        try {
            new Server("bad\0url-visible-7f1c", 'secret');
            self::fail('no exception');
        } catch (InvalidParameterException $e) {
            self::assertSame('url', $e->getParameter());
            self::assertStringContainsString('url-visible-7f1c', implode("\n", self::traceStrings($e)));
        } finally {
            ini_set('zend.exception_ignore_args', (string) $previous);
        }
    }
}
