<?php

declare(strict_types=1);

namespace BbbKit;

use FFI\CData;

/**
 * One element of a response: its name, its own text, its children and its attributes, in
 * document order.
 */
final class Element
{
    /**
     * @param list<Element>         $children
     * @param array<string, string> $attributes name => value (entities decoded), in document order
     */
    public function __construct(
        public readonly string $name,
        public readonly string $text,
        public readonly array $children = [],
        public readonly array $attributes = [],
    ) {
    }

    /** The value of the attribute called `$name` (entities decoded), or null. */
    public function attribute(string $name): ?string
    {
        return $this->attributes[$name] ?? null;
    }

    /** The first child called `$name`, or null. */
    public function child(string $name): ?self
    {
        foreach ($this->children as $child) {
            if ($child->name === $name) {
                return $child;
            }
        }
        return null;
    }

    /** The text of the first child called `$name`, or null. */
    public function childText(string $name): ?string
    {
        return $this->child($name)?->text;
    }

    /** @internal copies a native element tree */
    public static function fromNative(Library $lib, CData $element): self
    {
        $f = $lib->ffi;
        $children = [];
        $count = $f->bbbkit_element_children_len($element);
        for ($i = 0; $i < $count; $i++) {
            $children[] = self::fromNative($lib, $f->bbbkit_element_child_at($element, $i));
        }
        $attributes = [];
        $count = $f->bbbkit_element_attributes_len($element);
        for ($i = 0; $i < $count; $i++) {
            $name = (string) Library::str($f->bbbkit_element_attribute_name_at($element, $i));
            $attributes[$name] = (string) Library::str($f->bbbkit_element_attribute_value_at($element, $i));
        }
        return new self(
            (string) Library::str($f->bbbkit_element_name($element)),
            (string) Library::str($f->bbbkit_element_text($element)),
            $children,
            $attributes,
        );
    }
}
