<?php

declare(strict_types=1);

namespace BbbKit\Tests;

use BbbKit\Library;
use BbbKit\MemoryBudget;
use PHPUnit\Framework\TestCase;

/**
 * An answer that would not fit under `memory_limit` is refused with a ParseException
 * (`too_large`) that names the limit, instead of PHP dying with "Allowed memory size …
 * exhausted". Each case runs in a child `php -d memory_limit=128M` that reads a generated
 * getRecordings answer from a file and parses it.
 */
final class MemoryLimitTest extends TestCase
{
    private static string $dir;

    public static function setUpBeforeClass(): void
    {
        self::$dir = sys_get_temp_dir() . '/bbbkit-memory-' . getmypid();
        @mkdir(self::$dir, 0755);
        // The child: parses the file with the given class and prints what happened.
        file_put_contents(self::$dir . '/child.php', "<?php\n"
            . 'require ' . var_export(dirname(__DIR__) . '/autoload.php', true) . ";\n"
            . "[, \$class, \$file, \$max] = \$argv + [3 => ''];\n"
            . "\$body = file_get_contents(\$file);\n"
            . "try {\n"
            . "    \$r = \$class::parse(\$body, maxSize: \$max === '' ? null : (int) \$max);\n"
            . "    echo 'parsed ', \$r instanceof BbbKit\\Recordings ? count(\$r->recordings) : 'a tree';\n"
            . "} catch (BbbKit\\Exception\\ParseException \$e) {\n"
            . "    echo get_class(\$e), ' ', \$e->getParseCode(), ': ', \$e->getMessage();\n"
            . "}\n");
    }

    public static function tearDownAfterClass(): void
    {
        foreach (glob(self::$dir . '/*') ?: [] as $f) {
            unlink($f);
        }
        @rmdir(self::$dir);
    }

    /** A getRecordings answer of at least `$bytes` bytes, written in pieces (the parent keeps little of it). */
    private static function answer(int $bytes): string
    {
        $path = self::$dir . "/recordings-$bytes.xml";
        if (is_file($path)) {
            return $path;
        }
        $xml = (string) file_get_contents(BBBKIT_REPO . '/tests/fixtures/get_recordings_presentation.xml');
        $start = (int) strpos($xml, '<recording>');
        $end = (int) strrpos($xml, '</recording>') + strlen('</recording>');
        $recording = substr($xml, $start, $end - $start) . "\n";
        $chunk = str_repeat($recording, intdiv(1 << 20, strlen($recording)) + 1);
        $f = fopen($path, 'wb');
        self::assertNotFalse($f);
        fwrite($f, substr($xml, 0, $start));
        for ($n = 0; $n < $bytes; $n += strlen($chunk)) {
            fwrite($f, $chunk);
        }
        fwrite($f, substr($xml, $end));
        fclose($f);
        return $path;
    }

    /** Runs the child under `memory_limit=$limit`: its exit status and output. */
    private static function child(string $limit, string $class, string $file, ?int $maxSize = null): array
    {
        $cmd = 'BBBKIT_LIB=' . escapeshellarg((string) realpath(Library::resolve()))
            . ' ' . escapeshellarg(PHP_BINARY) . ' -d memory_limit=' . escapeshellarg($limit)
            . ' ' . escapeshellarg(self::$dir . '/child.php') . ' ' . escapeshellarg($class) . ' ' . escapeshellarg($file)
            . ($maxSize === null ? '' : ' ' . $maxSize) . ' 2>&1';
        $out = [];
        $rc = 0;
        exec($cmd, $out, $rc);
        return [$rc, implode("\n", $out)];
    }

    public function testA60MegabyteAnswerUnder128MIsATypedException(): void
    {
        $file = self::answer(60 * 1000 * 1000);
        self::assertGreaterThan(60 * 1000 * 1000, filesize($file));
        self::assertLessThan(64 * 1024 * 1024, filesize($file), 'inside the library\'s own default limit');
        foreach (['BbbKit\\Recordings', 'BbbKit\\Response'] as $class) {
            foreach ([null, 100 * 1000 * 1000] as $maxSize) { // an explicit maxSize does not raise it
                [$rc, $out] = self::child('128M', $class, $file, $maxSize);
                self::assertSame(0, $rc, $out);
                self::assertStringNotContainsString('Allowed memory size', $out);
                self::assertStringStartsWith('BbbKit\\Exception\\ParseException too_large: ', $out);
                self::assertStringContainsString('memory_limit=128M', $out);
                self::assertMatchesRegularExpression('/over the limit of \d+ bytes/', $out);
            }
        }
    }

    public function testAnAnswerThatFitsStillParses(): void
    {
        $file = self::answer(4 * 1000 * 1000);
        [$rc, $out] = self::child('128M', 'BbbKit\\Recordings', $file);
        self::assertSame(0, $rc, $out);
        self::assertMatchesRegularExpression('/^parsed \d{4,}$/', $out);
        [$rc, $out] = self::child('128M', 'BbbKit\\Response', $file);
        self::assertSame([0, 'parsed a tree'], [$rc, $out]);
        // Unlimited memory: only the library's 64 MiB default applies.
        [$rc, $out] = self::child('-1', 'BbbKit\\Recordings', $file);
        self::assertSame(0, $rc, $out);
        self::assertStringStartsWith('parsed ', $out);
    }

    public function testAnExplicitMaxSizeStillLowersTheLimit(): void
    {
        $file = self::answer(4 * 1000 * 1000);
        [$rc, $out] = self::child('128M', 'BbbKit\\Recordings', $file, 1000 * 1000);
        self::assertSame(0, $rc, $out);
        self::assertStringStartsWith('BbbKit\\Exception\\ParseException too_large: ', $out);
        self::assertStringContainsString('1000000', $out);
        self::assertStringNotContainsString('memory_limit', $out);
    }

    public function testMemoryLimitIsReadAsPhpWritesIt(): void
    {
        self::assertSame(128 * 1024 * 1024, MemoryBudget::bytes('128M'));
        self::assertSame(1024 * 1024 * 1024, MemoryBudget::bytes('1g'));
        self::assertSame(512 * 1024, MemoryBudget::bytes('512K'));
        self::assertSame(134217728, MemoryBudget::bytes('134217728'));
        self::assertNull(MemoryBudget::bytes('-1'));
        self::assertNull(MemoryBudget::bytes(''));
        self::assertNull(MemoryBudget::bytes('lots'));
    }
}
