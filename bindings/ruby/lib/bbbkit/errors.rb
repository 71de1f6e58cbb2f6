# frozen_string_literal: true

module BbbKit
  # The base of every bbbkit error. Messages name the parameter and the rule; they never contain
  # the secret.
  class Error < StandardError
    # The error of the last failing library call on this thread, as the class its details call
    # for (the library says which kind of failure it was; nothing here lists server keys).
    # @api private
    def self.last(result)
      message = Native.bbbkit_last_error_message || Native.bbbkit_result_message(result)
      api = Native.bbbkit_last_api_error
      return ApiError.from_native(api) unless api.null?
      if (code = Native.bbbkit_last_error_verify_code)
        return ChecksumError.for_code(code).new(message, code: code)
      end
      if (code = Native.bbbkit_last_error_callback_code)
        return CallbackError.for_code(code).new(message, code: code, http_status: Native.bbbkit_last_error_http_status)
      end
      if (code = Native.bbbkit_last_error_parse_code)
        return ParseError.new(message, code: code)
      end
      if (parameter = Native.bbbkit_last_error_parameter)
        return InvalidParameterError.new(message, parameter: parameter, rule: Native.bbbkit_last_error_rule)
      end
      InternalError.new(message)
    end
  end

  # Input refused before signing: #parameter is BBB's spelling (`meetingID`, `userdata-color`)
  # or the Ruby argument, #rule the rule (`no_comma`, `length`, `http_url`, `one_of`, …).
  class InvalidParameterError < Error
    attr_reader :parameter, :rule

    def initialize(message = nil, parameter: nil, rule: nil)
      super(message || "invalid parameter `#{parameter}` (#{rule})")
      @parameter = parameter
      @rule = rule
    end
  end

  # The bytes are not a BigBlueButton answer (an HTML error page, a truncated body): #code is
  # `not_bbb`, `malformed`, `too_large`, `missing_field`, ….
  class ParseError < Error
    attr_reader :code

    def initialize(message = nil, code: nil)
      super(message)
      @code = code
    end
  end

  # An incoming signed query does not verify. #code is the library's code; each code has its
  # subclass: ChecksumMissing, ChecksumDuplicate, ChecksumMalformed, ChecksumLength,
  # AlgorithmNotAllowed, ChecksumMismatch.
  class ChecksumError < Error
    attr_reader :code

    def initialize(message = nil, code: nil)
      super(message)
      @code = code
    end

    # The codes of the C ABI's verification results (BBBKIT_RESULT_CHECKSUM_* and
    # BBBKIT_RESULT_ALGORITHM_NOT_ALLOWED), which it lists nowhere else.
    CODES = %w[checksum_missing checksum_duplicate checksum_malformed checksum_length
               algorithm_not_allowed checksum_mismatch].freeze

    # @api private
    def self.for_code(code)
      name = BbbKit.pascal(code)
      BbbKit.const_defined?(name, false) && BbbKit.const_get(name, false) < self ? BbbKit.const_get(name, false) : self
    end
  end

  # A callback from BBB (recording ready, analytics, webhook, end) does not verify: answer
  # #http_status (401) and nothing else. One subclass per code of the library, without its
  # `callback_` prefix: CallbackError::Signature, CallbackError::Expired, ….
  class CallbackError < Error
    attr_reader :code, :http_status

    def initialize(message = nil, code: nil, http_status: 401)
      super(message)
      @code = code
      @http_status = http_status
    end

    # @api private
    def self.for_code(code)
      name = BbbKit.pascal(code.delete_prefix("callback_"))
      const_defined?(name, false) ? const_get(name, false) : self
    end
  end

  # The server answered FAILED. #message_key is the key as sent (`notFound`), #kind what it
  # means (`meeting_not_found`), #server_message the server's text, #errors every error of the
  # multi-error form as [key, message] pairs, #details the other values of the FAILED answer
  # (a failed putRecordingTextTrack keeps its "recordId") as a frozen Hash in document order.
  # The kind depends on the call: `notFound` is `recording_not_found` on publishRecordings,
  # deleteRecordings and updateRecordings. One subclass per kind of the library:
  # ApiError::MeetingNotFound, ApiError::RecordingNotFound, ApiError::ChecksumError, ….
  class ApiError < Error
    attr_reader :message_key, :kind, :server_message, :errors, :details

    def initialize(message = nil, message_key: nil, kind: nil, server_message: nil, errors: [], details: {})
      super(message || "#{kind}: #{message_key}: #{server_message}")
      @message_key = message_key
      @kind = kind
      @server_message = server_message
      @errors = errors.freeze
      @details = details.to_h.freeze
    end

    # @api private
    def self.for_kind(kind)
      name = BbbKit.pascal(kind)
      const_defined?(name, false) ? const_get(name, false) : self
    end

    # @api private: from a `bbbkit_api_error *` (borrowed)
    def self.from_native(api)
      kind = Native.bbbkit_api_error_kind_name(Native.bbbkit_api_error_get_kind(api))
      key = Native.bbbkit_api_error_key_str(api).to_s_or_nil || ""
      text = Native.bbbkit_api_error_message(api).to_s_or_nil || ""
      errors = (0...Native.bbbkit_api_error_errors_len(api)).map do |i|
        [Native.bbbkit_api_error_error_key_str(api, i).to_s_or_nil || "",
         Native.bbbkit_api_error_error_message(api, i).to_s_or_nil || ""].freeze
      end
      details = {}
      (0...Native.bbbkit_api_error_details_len(api)).each do |i|
        name = Native.bbbkit_api_error_detail_name(api, i).to_s_or_nil || ""
        details[name] ||= Native.bbbkit_api_error_detail_value(api, i).to_s_or_nil || ""
      end
      for_kind(kind).new(nil, message_key: key, kind: kind, server_message: text, errors: errors,
                              details: details)
    end

    # The error of BBB's `?errors=` redirect (a join that failed in the browser), from the
    # Location it redirected to.
    def self.from_error_redirect(location)
      handle = Native.out_handle { |out| Native.bbbkit_parse_error_redirect(location.to_s, out) }
      begin
        from_native(handle)
      ensure
        Native.bbbkit_api_error_free(handle)
      end
    end
  end

  # The library is missing or of another version; the message says what to install or set.
  class LibraryError < Error; end

  # The library failed in a way that is a bug of bbbkit (a caught panic).
  class InternalError < Error; end

  # "meeting_not_found" → "MeetingNotFound"
  # @api private
  def self.pascal(snake)
    snake.to_s.split(/[_\-.]/).map(&:capitalize).join
  end

  # @api private: one class per kind, as the library names them.
  def self.define_error_classes
    ChecksumError::CODES.each do |code|
      const_set(pascal(code), Class.new(ChecksumError)) unless const_defined?(pascal(code), false)
    end
    Native.names_until_nil { |i| Native.bbbkit_api_error_kind_name(i) }.each do |kind|
      ApiError.const_set(pascal(kind), Class.new(ApiError)) unless ApiError.const_defined?(pascal(kind), false)
    end
    Native.names_until_nil { |i| Native.bbbkit_callback_error_code(i) }.each do |code|
      name = pascal(code.delete_prefix("callback_"))
      CallbackError.const_set(name, Class.new(CallbackError)) unless CallbackError.const_defined?(name, false)
    end
  end
end
