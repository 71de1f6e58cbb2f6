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
  s.licenses = ["MIT", "Apache-2.0"]
  s.homepage = "https://github.com/bbbkit/bbbkit"
  s.required_ruby_version = ">= 3.1"
  s.files = Dir["lib/**/*.rb"] + Dir["lib/bbbkit/native/*"] + Dir["LICENSE-*"] + ["README.md"]
  # tools/dist builds the platform gem: libbbbkit.so (glibc 2.17) in lib/bbbkit/native/.
  s.platform = Gem::Platform.new(ENV["BBBKIT_GEM_PLATFORM"]) if ENV["BBBKIT_GEM_PLATFORM"]
  s.require_paths = ["lib"]
  s.add_runtime_dependency "ffi", "~> 1.15"
end
