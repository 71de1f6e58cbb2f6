# frozen_string_literal: true

require_relative "lib/bbbkit/version"

Gem::Specification.new do |s|
  s.name = "bbbkit"
  s.version = BbbKit::VERSION
  s.summary = "Signed BigBlueButton API URLs, checksum and callback verification, typed answers"
  s.description = "The bbbkit library (libbbbkit, Rust) for Ruby through ruby-ffi: join and every other " \
                  "BigBlueButton API call signed byte for byte like every other bbbkit front end, " \
                  "callbacks verified, answers parsed into frozen objects."
  s.authors = ["bbbkit contributors"]
  s.license = "MIT OR Apache-2.0"
  s.required_ruby_version = ">= 3.1"
  s.files = Dir["lib/**/*.rb"] + Dir["lib/bbbkit/native/*"] + ["README.md"]
  s.require_paths = ["lib"]
  s.add_runtime_dependency "ffi", ">= 1.15"
end
