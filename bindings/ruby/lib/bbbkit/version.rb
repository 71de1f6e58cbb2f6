# frozen_string_literal: true

module BbbKit
  # The gem's version: it loads only a libbbbkit of the same version (`bbbkit_version()`).
  VERSION = "0.1.0"
end
