# frozen_string_literal: true

# bbbkit: signed BigBlueButton API URLs, checksum and callback verification, and typed answers,
# from the bbbkit library (libbbbkit.so) through ruby-ffi. The URLs are byte for byte those of
# every other bbbkit front end: this gem converts Ruby values and errors, nothing more.
module BbbKit
  class << self
    # Where the loaded library came from.
    def loaded_library
      Native.path
    end

    # The version of the loaded library (always VERSION: another is refused at load).
    def library_version
      Native.bbbkit_version
    end
  end
end

require_relative "bbbkit/version"
require_relative "bbbkit/native"
require_relative "bbbkit/errors"
require_relative "bbbkit/declarations"
require_relative "bbbkit/server"
require_relative "bbbkit/answers"
require_relative "bbbkit/callbacks"

BbbKit::Native.load!
BbbKit::Declarations.load!
BbbKit::Record.define_all!(JSON.parse(BbbKit::Native.bbbkit_answer_schema))
BbbKit.define_error_classes
BbbKit::Server.define_calls!
BbbKit.define_parsers!
