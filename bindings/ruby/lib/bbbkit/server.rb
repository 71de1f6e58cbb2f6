# frozen_string_literal: true

module BbbKit
  # `text` with the values of query parameters that hold a password or a token (`attendeePW`,
  # `password`, `replaceSessionToken`, …) replaced by `[redacted]`: what #inspect shows.
  # @api private
  def self.redact_query(text)
    text&.gsub(/([?&](?:[^=&]*(?:PW|[Pp]assword|[Tt]oken)))=[^&#]*/, '\\1=[redacted]')
  end

  # A request ready to send: #method (`GET`/`POST`), #url (signed), #body (nil without one; the
  # body is not signed), #content_type, #file_field (`file` for putRecordingTextTrack's upload).
  Prepared = Struct.new(:method, :url, :body, :content_type, :file_field, keyword_init: true) do
    def self.from_native(handle)
      n = Native
      new(method: n.bbbkit_prepared_method(handle).to_s_or_nil, url: n.bbbkit_prepared_url(handle).to_s_or_nil,
          body: n.bbbkit_prepared_body(handle).to_s_or_nil&.b&.freeze,
          content_type: n.bbbkit_prepared_content_type(handle).to_s_or_nil,
          file_field: n.bbbkit_prepared_file_field(handle).to_s_or_nil).freeze
    ensure
      n.bbbkit_prepared_free(handle)
    end

    # The URL with passwords and tokens as `[redacted]`; #url gives them.
    def inspect
      "#<struct #{self.class.name} method=#{method.inspect}, url=#{BbbKit.redact_query(url).inspect}, " \
        "body=#{body.nil? ? 'nil' : "(#{body.bytesize} bytes)"}, content_type=#{content_type.inspect}, file_field=#{file_field.inspect}>"
    end
    alias_method :to_s, :inspect
  end

  # What a verified query held: #call, #query (without `checksum`), #params (decoded
  # [name, value] pairs), #algorithm (`:sha256`…), #key_index (which secret matched).
  Verified = Struct.new(:call, :query, :params, :algorithm, :key_index, keyword_init: true) do
    def self.from_native(handle)
      n = Native
      params = (0...n.bbbkit_verified_params_len(handle)).map do |i|
        [n.bbbkit_verified_param_name(handle, i).to_s_or_nil, n.bbbkit_verified_param_value(handle, i).to_s_or_nil].freeze
      end.freeze
      new(call: n.bbbkit_verified_call(handle).to_s_or_nil, query: n.bbbkit_verified_query(handle).to_s_or_nil,
          params: params, algorithm: n.bbbkit_algorithm_name(n.bbbkit_verified_algorithm(handle)).to_sym,
          key_index: n.bbbkit_verified_key_index(handle)).freeze
    ensure
      n.bbbkit_verified_free(handle)
    end

    # The parameters as a Hash (the last value of a repeated name wins).
    def to_params
      params.to_h
    end

    # Passwords and tokens as `[redacted]`; #params and #query give them.
    def inspect
      shown = params.map { |n, v| [n, BbbKit.redact_query("&#{n}=x") == "&#{n}=x" ? v : "[redacted]"] }
      "#<struct #{self.class.name} call=#{call.inspect}, query=#{BbbKit.redact_query("&#{query}")[1..].inspect}, " \
        "params=#{shown.inspect}, algorithm=#{algorithm.inspect}, key_index=#{key_index}>"
    end
    alias_method :to_s, :inspect
  end

  # @api private
  module Algorithms
    module_function

    def code(algorithm, parameter = "algorithm")
      out = FFI::MemoryPointer.new(:uint32)
      result = Native.bbbkit_algorithm_from_str(algorithm.to_s, out)
      unless result == Native::OK
        raise InvalidParameterError.new("invalid parameter `#{parameter}`: #{algorithm.to_s.inspect} is not one of " \
                                        "sha1, sha256, sha384, sha512", parameter: parameter, rule: "one_of")
      end
      out.read_uint32
    end
  end

  # A BigBlueButton server: its API base URL, shared secret and checksum algorithm. Immutable
  # and thread-safe: create it once (an initializer) and share it between Puma's threads.
  #
  #   server = BbbKit::Server.new("https://bbb.example.com/bigbluebutton/", ENV.fetch("BBB_SECRET"))
  #   server.join_url(meeting_id: "physics-101", full_name: "Marie Curie", role: :moderator)
  #
  # The secret lives only in the native library (wiped when freed): #inspect, #to_s and every
  # error message leave it out.
  class Server
    # `url` (normalised: `bbb.example.com` → `https://bbb.example.com/bigbluebutton/api/`),
    # `secret`, `algorithm:` one of :sha1, :sha256 (default), :sha384, :sha512.
    def initialize(url, secret, algorithm: :sha256)
      raise TypeError, "url must be a String, not #{url.class}" unless url.is_a?(String)
      raise TypeError, "secret must be a String, not #{secret.class}" unless secret.is_a?(String)

      code = Algorithms.code(algorithm)
      handle = Native.out_handle { |out| Native.bbbkit_server_new(Native.cstr(url, "url"), Native.cstr(secret, "secret"), out) }
      unless Native.bbbkit_server_algorithm(handle) == code
        begin
          other = Native.out_handle { |out| Native.bbbkit_server_with_algorithm(handle, code, out) }
        ensure
          Native.bbbkit_server_free(handle)
        end
        handle = other
      end
      @handle = FFI::AutoPointer.new(handle, Native.method(:bbbkit_server_free))
      @base_url = Native.bbbkit_server_base_url(@handle).to_s_or_nil
      @algorithm = Native.bbbkit_algorithm_name(Native.bbbkit_server_algorithm(@handle)).to_sym
      freeze
    end

    # The normalised API base URL, ending in `/api/`.
    attr_reader :base_url
    # :sha1, :sha256, :sha384 or :sha512.
    attr_reader :algorithm

    def inspect
      "#<#{self.class.name} #{@base_url} #{@algorithm} secret=[redacted]>"
    end
    alias to_s inspect

    # Any call, signed, without checking its parameters (calls newer than bbbkit): `params` a
    # Hash or [name, value] pairs, as the BBB API names them.
    def api_url(call, params = {})
      pairs = Pack.pairs(params, "params").map { |k, v| [Native.cstr(k, k), Native.cstr(v, k)] }
      names, _name_strings = Native.string_array(pairs.map(&:first))   # the strings stay alive with these locals
      values, _value_strings = Native.string_array(pairs.map(&:last))
      Native.out_string { |out| Native.bbbkit_server_api_url(@handle, Native.cstr(call, "call"), names, values, pairs.size, out) }
    end

    # The checksum of `call` + `query` with this server's secret and algorithm.
    def checksum(call, query)
      Native.out_string { |out| Native.bbbkit_server_checksum(@handle, Native.cstr(call, "call"), Native.cstr(query, "query"), out) }
    end

    # Any declared call (and join) by name, its parameters as the BBB API names and writes them:
    # `server.prepare("getMeetingInfo", "meetingID" => "cs101")` (a Hash, or [name, value] pairs
    # to repeat a name). `extra:` adds parameters newer than bbbkit after them, never read as
    # declared ones (a name that shadows one is refused, rule `reserved`). Returns a {Prepared}.
    def prepare(call, params = {}, extra: nil)
      buf = +""
      Pack.pairs(params, "params").each { |k, v| Pack.field(buf, k, v.to_s) }
      prepare_packed(Native.cstr(call, "call"), buf, extra)
    end

    # Checks a query signed like an API call (`checksum` of call + query + secret), from this
    # server's secret; any algorithm. Raises a {ChecksumError} subclass, else gives {Verified}.
    # `call` nil: `query` is a whole URL.
    def verify(call, query)
      handle = Native.out_handle do |out|
        if call.nil? then Native.bbbkit_server_verify_url(@handle, Native.cstr(query, "url"), out)
        else Native.bbbkit_server_verify(@handle, Native.cstr(call, "call"), Native.cstr(query, "query"), out)
        end
      end
      Verified.from_native(handle)
    end

    # @api private: prepares `call` from its packed declared parameters, plus the extra ones
    # (parameters newer than bbbkit) in a buffer of their own, so the core can refuse a name
    # that shadows a declared one.
    def prepare_packed(call, buf, extra = nil)
      ptr = FFI::MemoryPointer.from_string(buf)
      handle = if extra.nil? || extra.empty?
                 Native.out_handle { |out| Native.bbbkit_server_prepare_params(@handle, call, ptr, buf.bytesize, out) }
               else
                 more = Pack.pack_extra(extra)
                 more_ptr = FFI::MemoryPointer.from_string(more)
                 Native.out_handle do |out|
                   Native.bbbkit_server_prepare_params_extra(@handle, call, ptr, buf.bytesize, more_ptr, more.bytesize, out)
                 end
               end
      Prepared.from_native(handle)
    end

    # @api private
    def join_packed(buf)
      ptr = FFI::MemoryPointer.from_string(buf)
      Native.out_string { |out| Native.bbbkit_server_join_url_params(@handle, ptr, buf.bytesize, out) }
    end

    # @api private: a native join request from the packed parameters, plus the extra ones
    # (parameters newer than bbbkit, added one by one so the core can refuse a shadowing name).
    def self.with_join(buf, extra)
      ptr = FFI::MemoryPointer.from_string(buf)
      join = Native.out_handle { |out| Native.bbbkit_join_from_params(ptr, buf.bytesize, out) }
      begin
        Pack.pairs(extra, "extra").each do |name, value|
          Native.check(Native.bbbkit_join_add_param(join, Native.cstr(name, name), Native.cstr(value, name)))
        end
        yield join
      ensure
        Native.bbbkit_join_free(join)
      end
    end

    # @api private
    def join_handle(join)
      Native.out_string { |out| Native.bbbkit_server_join_url(@handle, join, out) }
    end

    # Defines #join_url, and #<call>_url and #prepare_<call> for every call the library
    # declares, each with one keyword per declared parameter.
    # @api private
    def self.define_calls!
      join = Declarations.join
      sig, values = Declarations.signature(join, "role" => ":viewer")
      class_eval <<~RUBY, __FILE__, __LINE__ + 1
        def join_url(#{sig}, extra: {})
          buf = Pack.pack(Declarations.join, #{values})
          extra.empty? ? join_packed(buf) : Server.with_join(buf, extra) { |join| join_handle(join) }
        end
      RUBY
      BbbKit.singleton_class.class_eval <<~RUBY, __FILE__, __LINE__ + 1
        # Whether the server will treat the user as authenticated (`auth`, or its default for
        # the request): the core's JoinRequest#effective_auth for these keywords.
        def join_effective_auth(#{sig}, extra: {})
          buf = Pack.pack(Declarations.join, #{values})
          Server.with_join(buf, extra) { |join| Native.bbbkit_join_effective_auth(join) }
        end
      RUBY
      Declarations.calls.each do |call, params|
        name = Declarations.snake(call)
        sig, values = Declarations.signature(params)
        sig = [sig, "extra: {}"].reject(&:empty?).join(", ")
        class_eval <<~RUBY, __FILE__, __LINE__ + 1
          def prepare_#{name}(#{sig})
            prepare_packed(#{call.dump}, Pack.pack(Declarations.calls[#{call.dump}], #{values}), extra)
          end

          def #{name}_url(#{sig})
            prepare_#{name}(#{params.map { |p| "#{p.keyword}: #{Declarations::RESERVED.include?(p.keyword) ? "binding.local_variable_get(:#{p.keyword})" : p.keyword}" }.push('extra: extra').join(', ')}).url
          end
        RUBY
      end
    end
  end

  # Checks queries signed like API calls against several secrets (rotation) and an allow-list
  # of algorithms. Thread-safe.
  class Verifier
    def initialize(secrets, allowed: nil)
      secrets = Array(secrets)
      arr, keep = Native.string_array(secrets.map { |x| Native.cstr(x, "secrets") })
      handle = Native.out_handle { |out| Native.bbbkit_verifier_new(arr, secrets.size, out) }
      @handle = FFI::AutoPointer.new(handle, Native.method(:bbbkit_verifier_free))
      keep.clear
      if allowed
        codes = Array(allowed).map { |a| Algorithms.code(a, "allowed") }
        buf = FFI::MemoryPointer.new(:uint32, [codes.size, 1].max)
        buf.put_array_of_uint32(0, codes)
        Native.check(Native.bbbkit_verifier_allow(@handle, buf, codes.size))
      end
      @count = secrets.size
      freeze
    end

    def inspect
      "#<#{self.class.name} [#{@count} redacted]>"
    end
    alias to_s inspect

    # As {Server#verify}.
    def verify(call, query)
      handle = Native.out_handle do |out|
        if call.nil? then Native.bbbkit_verifier_verify_url(@handle, Native.cstr(query, "url"), out)
        else Native.bbbkit_verifier_verify(@handle, Native.cstr(call, "call"), Native.cstr(query, "query"), out)
        end
      end
      Verified.from_native(handle)
    end
  end

  # The checksum of `call` + `query` with `secret` (:sha256 unless told).
  def self.checksum(call, query, secret, algorithm: :sha256)
    code = Algorithms.code(algorithm)
    Native.out_string do |out|
      Native.bbbkit_checksum(Native.cstr(call, "call"), Native.cstr(query, "query"), Native.cstr(secret, "secret"), code, out)
    end
  end
end
