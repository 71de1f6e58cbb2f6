# frozen_string_literal: true

require "ffi"

module BbbKit
  # The C ABI of libbbbkit, bound through ruby-ffi. Internal: use {Server}, {CallbackVerifier}
  # and the parse functions.
  #
  # Where the library comes from, first match wins: the environment variable `BBBKIT_LIB`
  # (read by `require "bbbkit"`), the gem's own `lib/bbbkit/native/libbbbkit.so` (the platform
  # gem), then the system library path.
  # @api private
  module Native
    extend FFI::Library

    # `BBBKIT_RESULT_OK`: the C ABI's result codes are stable and never renumbered.
    OK = 7000

    # A string borrowed from a handle: `len` bytes at `data`, NULL when absent.
    class Str < FFI::Struct
      layout :data, :pointer, :len, :size_t

      def to_s_or_nil
        ptr = self[:data]
        return nil if ptr.null?
        ptr.read_bytes(self[:len]).force_encoding(Encoding::UTF_8).freeze
      end
    end

    # `bbbkit_parse_options`: 0 means the default.
    class ParseOptions < FFI::Struct
      layout :max_size, :size_t, :max_depth, :size_t
    end

    PACKAGED = File.expand_path("native/libbbbkit.so", __dir__)

    class << self
      attr_reader :path

      # The file to open: see the module's doc.
      def resolve
        env = ENV["BBBKIT_LIB"]
        return env if env && !env.empty?
        File.file?(PACKAGED) ? PACKAGED : "libbbbkit.so"
      end

      # Opens the library, checks its version, then binds every function.
      def load!
        @path = resolve
        begin
          lib = FFI::DynamicLibrary.open(@path, FFI::DynamicLibrary::RTLD_LAZY | FFI::DynamicLibrary::RTLD_LOCAL)
        rescue LoadError => e
          raise LibraryError, "cannot load libbbbkit from #{@path.inspect}: #{e.message}. Build it with " \
                              "`cargo build --release -p bbbkit-c` and set BBBKIT_LIB to its path, or install the " \
                              "bbbkit platform gem"
        end
        sym = lib.find_function("bbbkit_version")
        raise LibraryError, "#{@path} is not libbbbkit (no bbbkit_version); this gem needs libbbbkit #{VERSION}" unless sym
        found = FFI::Function.new(:string, [], sym).call
        unless found == VERSION
          raise LibraryError, "#{@path} is libbbbkit #{found}; the bbbkit gem #{VERSION} needs libbbbkit #{VERSION} " \
                              "(set BBBKIT_LIB to a matching library)"
        end
        ffi_lib @path
        bind
        true
      end

      private

      def bind
        f = method(:attach_function)
        f.call :bbbkit_version, [], :string
        f.call :bbbkit_string_free, [:pointer], :void
        f.call :bbbkit_result_message, [:uint32], :string
        f.call :bbbkit_last_error_message, [], :string
        f.call :bbbkit_last_error_parameter, [], :string
        f.call :bbbkit_last_error_rule, [], :string
        f.call :bbbkit_last_error_parse_code, [], :string
        f.call :bbbkit_last_error_verify_code, [], :string
        f.call :bbbkit_last_error_callback_code, [], :string
        f.call :bbbkit_last_error_http_status, [], :uint16
        f.call :bbbkit_callback_error_code, [:size_t], :string
        f.call :bbbkit_last_api_error, [], :pointer
        f.call :bbbkit_api_error_free, [:pointer], :void
        f.call :bbbkit_api_error_get_kind, [:pointer], :uint32
        f.call :bbbkit_api_error_key_str, [:pointer], Str.by_value
        f.call :bbbkit_api_error_message, [:pointer], Str.by_value
        f.call :bbbkit_api_error_errors_len, [:pointer], :size_t
        f.call :bbbkit_api_error_error_kind, [:pointer, :size_t], :uint32
        f.call :bbbkit_api_error_error_key_str, [:pointer, :size_t], Str.by_value
        f.call :bbbkit_api_error_error_message, [:pointer, :size_t], Str.by_value
        f.call :bbbkit_api_error_details_len, [:pointer], :size_t
        f.call :bbbkit_api_error_detail_name, [:pointer, :size_t], Str.by_value
        f.call :bbbkit_api_error_detail_value, [:pointer, :size_t], Str.by_value
        f.call :bbbkit_api_error_kind_name, [:uint32], :string
        f.call :bbbkit_parse_error_redirect, [:string, :pointer], :uint32

        f.call :bbbkit_algorithm_from_str, [:string, :pointer], :uint32
        f.call :bbbkit_algorithm_name, [:uint32], :string
        f.call :bbbkit_jwt_algorithm_from_str, [:string, :pointer], :uint32
        f.call :bbbkit_jwt_algorithm_name, [:uint32], :string
        f.call :bbbkit_webhook_scheme_name, [:uint32], :string
        f.call :bbbkit_checksum, [:string, :string, :string, :uint32, :pointer], :uint32
        f.call :bbbkit_encode_component, [:string, :pointer], :uint32

        f.call :bbbkit_join_parameters_len, [], :size_t
        f.call :bbbkit_join_parameter_name, [:size_t], :string
        f.call :bbbkit_join_parameter_field, [:size_t], :string
        f.call :bbbkit_join_parameter_type, [:size_t], :string
        f.call :bbbkit_join_parameter_doc, [:size_t], :string
        f.call :bbbkit_join_parameter_required, [:size_t], :bool
        f.call :bbbkit_join_parameter_only_when_true, [:size_t], :bool

        f.call :bbbkit_call_count, [], :size_t
        f.call :bbbkit_call_name, [:size_t], :string
        f.call :bbbkit_call_method, [:string], :string
        f.call :bbbkit_call_doc, [:string], :string
        f.call :bbbkit_call_parameter_count, [:string], :size_t
        f.call :bbbkit_call_parameter_name, [:string, :size_t], :string
        f.call :bbbkit_call_parameter_field, [:string, :size_t], :string
        f.call :bbbkit_call_parameter_type, [:string, :size_t], :string
        f.call :bbbkit_call_parameter_doc, [:string, :size_t], :string
        f.call :bbbkit_call_parameter_required, [:string, :size_t], :bool
        f.call :bbbkit_call_parameter_alternative, [:string, :size_t], :string
        f.call :bbbkit_call_parameter_only_when_true, [:string, :size_t], :bool
        f.call :bbbkit_call_parameter_in_body, [:string, :size_t], :bool
        f.call :bbbkit_answer_kind_count, [], :size_t
        f.call :bbbkit_answer_kind_name, [:size_t], :string
        f.call :bbbkit_answer_kind_call, [:size_t], :string
        f.call :bbbkit_answer_schema, [], :string

        f.call :bbbkit_server_new, [:string, :string, :pointer], :uint32
        f.call :bbbkit_server_with_algorithm, [:pointer, :uint32, :pointer], :uint32
        f.call :bbbkit_server_free, [:pointer], :void
        f.call :bbbkit_server_base_url, [:pointer], Str.by_value
        f.call :bbbkit_server_algorithm, [:pointer], :uint32
        f.call :bbbkit_server_join_url_params, [:pointer, :pointer, :size_t, :pointer], :uint32
        f.call :bbbkit_server_api_url, [:pointer, :string, :pointer, :pointer, :size_t, :pointer], :uint32
        f.call :bbbkit_server_checksum, [:pointer, :string, :string, :pointer], :uint32
        f.call :bbbkit_server_prepare_params, [:pointer, :string, :pointer, :size_t, :pointer], :uint32
        f.call :bbbkit_server_prepare_params_extra, [:pointer, :string, :pointer, :size_t, :pointer, :size_t, :pointer], :uint32
        f.call :bbbkit_prepared_free, [:pointer], :void
        f.call :bbbkit_prepared_method, [:pointer], Str.by_value
        f.call :bbbkit_prepared_url, [:pointer], Str.by_value
        f.call :bbbkit_prepared_body, [:pointer], Str.by_value
        f.call :bbbkit_prepared_content_type, [:pointer], Str.by_value
        f.call :bbbkit_prepared_file_field, [:pointer], Str.by_value

        f.call :bbbkit_verifier_new, [:pointer, :size_t, :pointer], :uint32
        f.call :bbbkit_verifier_allow, [:pointer, :pointer, :size_t], :uint32
        f.call :bbbkit_verifier_free, [:pointer], :void
        f.call :bbbkit_verifier_verify, [:pointer, :string, :string, :pointer], :uint32
        f.call :bbbkit_verifier_verify_url, [:pointer, :string, :pointer], :uint32
        f.call :bbbkit_server_verify, [:pointer, :string, :string, :pointer], :uint32
        f.call :bbbkit_server_verify_url, [:pointer, :string, :pointer], :uint32
        f.call :bbbkit_verified_free, [:pointer], :void
        f.call :bbbkit_verified_algorithm, [:pointer], :uint32
        f.call :bbbkit_verified_key_index, [:pointer], :size_t
        f.call :bbbkit_verified_call, [:pointer], Str.by_value
        f.call :bbbkit_verified_query, [:pointer], Str.by_value
        f.call :bbbkit_verified_params_len, [:pointer], :size_t
        f.call :bbbkit_verified_param_name, [:pointer, :size_t], Str.by_value
        f.call :bbbkit_verified_param_value, [:pointer, :size_t], Str.by_value

        f.call :bbbkit_parse_response, [:pointer, :size_t, :pointer, :pointer], :uint32
        f.call :bbbkit_response_free, [:pointer], :void
        f.call :bbbkit_response_message_key, [:pointer], Str.by_value
        f.call :bbbkit_response_message, [:pointer], Str.by_value
        f.call :bbbkit_response_root, [:pointer], :pointer
        f.call :bbbkit_element_name, [:pointer], Str.by_value
        f.call :bbbkit_element_text, [:pointer], Str.by_value
        f.call :bbbkit_element_children_len, [:pointer], :size_t
        f.call :bbbkit_element_child_at, [:pointer, :size_t], :pointer
        f.call :bbbkit_element_attributes_len, [:pointer], :size_t
        f.call :bbbkit_element_attribute_name_at, [:pointer, :size_t], Str.by_value
        f.call :bbbkit_element_attribute_value_at, [:pointer, :size_t], Str.by_value
        f.call :bbbkit_join_from_params, [:pointer, :size_t, :pointer], :uint32
        f.call :bbbkit_join_free, [:pointer], :void
        f.call :bbbkit_join_add_param, [:pointer, :string, :string], :uint32
        f.call :bbbkit_server_join_url, [:pointer, :pointer, :pointer], :uint32
        f.call :bbbkit_join_effective_auth, [:pointer], :bool
        f.call :bbbkit_parse_answer, [:string, :pointer, :size_t, :pointer, :pointer], :uint32
        f.call :bbbkit_parse_answer_compact, [:string, :pointer, :size_t, :pointer, :pointer], :uint32

        f.call :bbbkit_callback_verifier_new, [:pointer, :size_t, :pointer], :uint32
        f.call :bbbkit_callback_verifier_allow, [:pointer, :pointer, :size_t], :uint32
        f.call :bbbkit_callback_verifier_set_now, [:pointer, :uint64], :uint32
        f.call :bbbkit_callback_verifier_set_max_size, [:pointer, :size_t], :uint32
        f.call :bbbkit_callback_verifier_free, [:pointer], :void
        f.call :bbbkit_callback_verifier_recording_ready, [:pointer, :pointer, :size_t, :pointer], :uint32
        f.call :bbbkit_callback_verifier_analytics, [:pointer, :string, :pointer], :uint32
        f.call :bbbkit_callback_verifier_webhook, [:pointer, :string, :pointer, :size_t, :uint32, :pointer], :uint32
        f.call :bbbkit_callback_verifier_webhook_bearer, [:pointer, :string, :pointer, :size_t, :pointer], :uint32
        f.call :bbbkit_callback_verifier_end_callback_url, [:pointer, :string, :string, :uint64, :pointer], :uint32
        f.call :bbbkit_callback_verifier_end_callback, [:pointer, :string, :pointer], :uint32
        f.call :bbbkit_recording_ready_free, [:pointer], :void
        f.call :bbbkit_recording_ready_meeting_id, [:pointer], Str.by_value
        f.call :bbbkit_recording_ready_record_id, [:pointer], Str.by_value
        f.call :bbbkit_recording_ready_other_claims_len, [:pointer], :size_t
        f.call :bbbkit_recording_ready_other_claim_name, [:pointer, :size_t], Str.by_value
        f.call :bbbkit_recording_ready_other_claim_json, [:pointer, :size_t], Str.by_value
        f.call :bbbkit_recording_ready_algorithm, [:pointer], :uint32
        f.call :bbbkit_recording_ready_key_index, [:pointer], :size_t
        f.call :bbbkit_analytics_token_free, [:pointer], :void
        f.call :bbbkit_analytics_token_expires_at, [:pointer], :uint64
        f.call :bbbkit_analytics_token_algorithm, [:pointer], :uint32
        f.call :bbbkit_analytics_token_key_index, [:pointer], :size_t
        f.call :bbbkit_webhook_post_free, [:pointer], :void
        f.call :bbbkit_webhook_post_domain, [:pointer], Str.by_value
        f.call :bbbkit_webhook_post_timestamp, [:pointer], :int64
        f.call :bbbkit_webhook_post_scheme, [:pointer], :uint32
        f.call :bbbkit_webhook_post_algorithm, [:pointer], :uint32
        f.call :bbbkit_webhook_post_key_index, [:pointer], :size_t
        f.call :bbbkit_webhook_post_events_len, [:pointer], :size_t
        f.call :bbbkit_webhook_post_event_id, [:pointer, :size_t], Str.by_value
        f.call :bbbkit_webhook_post_event_internal_meeting_id, [:pointer, :size_t], Str.by_value
        f.call :bbbkit_webhook_post_event_external_meeting_id, [:pointer, :size_t], Str.by_value
        f.call :bbbkit_webhook_post_event_timestamp, [:pointer, :size_t, :pointer], :bool
        f.call :bbbkit_webhook_post_event_raw, [:pointer, :size_t], Str.by_value
        f.call :bbbkit_end_callback_free, [:pointer], :void
        f.call :bbbkit_end_callback_meeting_id, [:pointer], Str.by_value
        f.call :bbbkit_end_callback_recording_marks, [:pointer], :bool
        f.call :bbbkit_end_callback_key_index, [:pointer], :size_t
      end
    end

    module_function

    # Raises the error of the last failing call on this thread, unless `result` is OK.
    def check(result)
      return if result == OK
      raise BbbKit::Error.last(result)
    end

    # Calls the block with an out-pointer for a handle; returns the handle (owned by the caller).
    def out_handle
      out = FFI::MemoryPointer.new(:pointer)
      check(yield(out))
      out.read_pointer
    end

    # Calls the block with an out-pointer for a `char *`; returns it as a frozen String and
    # frees the native copy.
    def out_string
      out = FFI::MemoryPointer.new(:pointer)
      check(yield(out))
      ptr = out.read_pointer
      begin
        ptr.read_string.force_encoding(Encoding::UTF_8).freeze
      ensure
        bbbkit_string_free(ptr)
      end
    end

    # A Ruby string as a pointer + length for a body (any bytes).
    def bytes(str)
      str = str.to_s
      buf = FFI::MemoryPointer.new(:char, [str.bytesize, 1].max)
      buf.put_bytes(0, str) unless str.empty?
      [buf, str.bytesize]
    end

    # An array of C strings (`const char *const *`); the MemoryPointers are kept alive by the
    # returned array.
    def string_array(strings)
      ptrs = strings.map { |s| FFI::MemoryPointer.from_string(s.to_s) }
      arr = FFI::MemoryPointer.new(:pointer, [ptrs.size, 1].max)
      arr.put_array_of_pointer(0, ptrs)
      [arr, ptrs]
    end

    # A string for a `const char *` argument: a NUL cannot cross, and is refused like every
    # control character, naming the parameter.
    def cstr(value, parameter)
      value = value.to_s
      if value.include?("\0")
        raise InvalidParameterError.new("invalid parameter `#{parameter}`: must not contain control characters",
                                        parameter: parameter, rule: "control_character")
      end
      value
    end

    # Parse options, or nil for the defaults.
    def parse_options(max_size, max_depth)
      return nil unless max_size || max_depth
      options = ParseOptions.new
      options[:max_size] = max_size || 0
      options[:max_depth] = max_depth || 0
      options
    end

    # Walks an index-based table of the library until it answers NULL.
    def names_until_nil(limit = 256)
      (0...limit).filter_map { |i| yield(i) }
    end
  end
end
