# frozen_string_literal: true

require "json"

module BbbKit
  # A verified recording-ready callback: act once per #record_id (BBB calls once per playback
  # format). #other_claims: [name, JSON text] pairs in token order; #algorithm "HS256"…;
  # #key_index: which secret matched.
  RecordingReady = Struct.new(:meeting_id, :record_id, :other_claims, :algorithm, :key_index, keyword_init: true) do
    # The other claims, decoded.
    def claims
      other_claims.to_h { |name, json| [name, JSON.parse(json)] }
    end
  end

  # A verified learning-analytics token (`Authorization: Bearer …`); the body is not covered.
  AnalyticsToken = Struct.new(:expires_at, :algorithm, :key_index, keyword_init: true)

  # One event of a webhook POST. #raw is the event as compact JSON text; #data decodes it.
  WebhookEvent = Struct.new(:id, :internal_meeting_id, :external_meeting_id, :timestamp, :raw, keyword_init: true) do
    def data
      JSON.parse(raw)
    end
  end

  # A verified bbb-webhooks POST: #scheme "v3.4", "v2", "v3.0-constant" or "bearer";
  # #algorithm :sha1…, nil in bearer mode.
  WebhookPost = Struct.new(:domain, :timestamp, :events, :scheme, :algorithm, :key_index, keyword_init: true)

  # A verified end-meeting callback (the URL signed with {CallbackVerifier#end_callback_url}).
  EndCallback = Struct.new(:meeting_id, :recording_marks, :key_index, keyword_init: true)

  # Checks what BigBlueButton sends back: recording-ready JWTs, learning-analytics tokens,
  # bbb-webhooks POSTs and end-meeting callbacks. Each check raises a {CallbackError} subclass
  # (answer its #http_status, 401, and nothing else) or returns the verified value. Thread-safe.
  #
  #   verifier = BbbKit::CallbackVerifier.new([ENV.fetch("BBB_SECRET")])
  #   ready = verifier.recording_ready(request.raw_post)
  class CallbackVerifier
    # `secrets`: tried in order (rotation). `allowed:` JWT algorithms ("HS256", "HS384", "HS512";
    # by default recording-ready tokens must be HS256 and analytics tokens HS512, what BBB signs
    # with). `now:` seconds since the epoch instead of the clock. `max_size:` bytes (1 MiB).
    def initialize(secrets, allowed: nil, now: nil, max_size: nil)
      secrets = Array(secrets)
      arr, keep = Native.string_array(secrets.map { |x| Native.cstr(x, "secrets") })
      handle = Native.out_handle { |out| Native.bbbkit_callback_verifier_new(arr, secrets.size, out) }
      keep.clear
      @handle = FFI::AutoPointer.new(handle, Native.method(:bbbkit_callback_verifier_free))
      if allowed
        codes = Array(allowed).map do |a|
          out = FFI::MemoryPointer.new(:uint32)
          Native.check(Native.bbbkit_jwt_algorithm_from_str(a.to_s, out))
          out.read_uint32
        end
        buf = FFI::MemoryPointer.new(:uint32, [codes.size, 1].max)
        buf.put_array_of_uint32(0, codes)
        Native.check(Native.bbbkit_callback_verifier_allow(@handle, buf, codes.size))
      end
      Native.check(Native.bbbkit_callback_verifier_set_now(@handle, now)) if now
      Native.check(Native.bbbkit_callback_verifier_set_max_size(@handle, max_size)) if max_size
      @count = secrets.size
      freeze
    end

    def inspect
      "#<#{self.class.name} [#{@count} redacted]>"
    end
    alias to_s inspect

    # The recording-ready POST body, as received (form, JSON or the bare token).
    def recording_ready(body)
      ptr, len = Native.bytes(body)
      h = Native.out_handle { |out| Native.bbbkit_callback_verifier_recording_ready(@handle, ptr, len, out) }
      n = Native
      claims = (0...n.bbbkit_recording_ready_other_claims_len(h)).map do |i|
        [n.bbbkit_recording_ready_other_claim_name(h, i).to_s_or_nil, n.bbbkit_recording_ready_other_claim_json(h, i).to_s_or_nil].freeze
      end.freeze
      RecordingReady.new(meeting_id: n.bbbkit_recording_ready_meeting_id(h).to_s_or_nil,
                         record_id: n.bbbkit_recording_ready_record_id(h).to_s_or_nil, other_claims: claims,
                         algorithm: n.bbbkit_jwt_algorithm_name(n.bbbkit_recording_ready_algorithm(h)),
                         key_index: n.bbbkit_recording_ready_key_index(h)).freeze
    ensure
      Native.bbbkit_recording_ready_free(h) if h
    end

    # The `Authorization` header of a learning-analytics callback.
    def analytics(authorization)
      h = Native.out_handle { |out| Native.bbbkit_callback_verifier_analytics(@handle, Native.cstr(authorization, "authorization"), out) }
      n = Native
      AnalyticsToken.new(expires_at: n.bbbkit_analytics_token_expires_at(h),
                         algorithm: n.bbbkit_jwt_algorithm_name(n.bbbkit_analytics_token_algorithm(h)),
                         key_index: n.bbbkit_analytics_token_key_index(h)).freeze
    ensure
      Native.bbbkit_analytics_token_free(h) if h
    end

    # A bbb-webhooks POST: `url` the callback URL you registered with hooks/create plus the
    # request's query (its `checksum`), `body` as received. `accept_v2:` bbb-webhooks 2.x (BBB
    # 2.6, 2.7); `accept_replayable_v30_checksum:` 3.0–3.3, whose checksum does not cover the body.
    def webhook(url, body, accept_v2: false, accept_replayable_v30_checksum: false)
      names = ["v3.4"]
      names << "v2" if accept_v2
      names << "v3.0-constant" if accept_replayable_v30_checksum
      webhook_schemes(url, body, names)
    end

    # @api private: the schemes by the library's names ("v3.4", "v2", "v3.0-constant").
    def webhook_schemes(url, body, names)
      bits = names.sum do |name|
        bit = self.class.scheme_bits[name.to_s]
        raise InvalidParameterError.new("invalid parameter `schemes`: #{name.to_s.inspect} is not one of " \
                                        "#{self.class.scheme_bits.keys.join(', ')}", parameter: "schemes", rule: "one_of") unless bit
        bit
      end
      ptr, len = Native.bytes(body)
      post(Native.out_handle { |out| Native.bbbkit_callback_verifier_webhook(@handle, Native.cstr(url, "url"), ptr, len, bits, out) })
    end

    # A bbb-webhooks POST in bearer mode: the `Authorization` header and the body.
    def webhook_bearer(authorization, body)
      ptr, len = Native.bytes(body)
      post(Native.out_handle { |out| Native.bbbkit_callback_verifier_webhook_bearer(@handle, Native.cstr(authorization, "authorization"), ptr, len, out) })
    end

    # The URL to give as `meta_endCallbackUrl` at create time: `url` signed for `meeting_id`
    # until `expires_at` (seconds since the epoch).
    def end_callback_url(url, meeting_id, expires_at)
      Native.out_string { |out| Native.bbbkit_callback_verifier_end_callback_url(@handle, Native.cstr(url, "url"), Native.cstr(meeting_id, "meeting_id"), Integer(expires_at), out) }
    end

    # The end-meeting callback, from the whole URL BBB requested.
    def end_callback(url)
      h = Native.out_handle { |out| Native.bbbkit_callback_verifier_end_callback(@handle, Native.cstr(url, "url"), out) }
      EndCallback.new(meeting_id: Native.bbbkit_end_callback_meeting_id(h).to_s_or_nil,
                      recording_marks: Native.bbbkit_end_callback_recording_marks(h),
                      key_index: Native.bbbkit_end_callback_key_index(h)).freeze
    ensure
      Native.bbbkit_end_callback_free(h) if h
    end

    # The library's webhook schemes: name => bit.
    def self.scheme_bits
      @scheme_bits ||= (0...32).map { |i| 1 << i }.filter_map { |bit| (name = Native.bbbkit_webhook_scheme_name(bit)) && [name, bit] }.to_h.freeze
    end

    private

    def post(h)
      n = Native
      ts = FFI::MemoryPointer.new(:int64)
      events = (0...n.bbbkit_webhook_post_events_len(h)).map do |i|
        WebhookEvent.new(id: n.bbbkit_webhook_post_event_id(h, i).to_s_or_nil,
                         internal_meeting_id: n.bbbkit_webhook_post_event_internal_meeting_id(h, i).to_s_or_nil,
                         external_meeting_id: n.bbbkit_webhook_post_event_external_meeting_id(h, i).to_s_or_nil,
                         timestamp: n.bbbkit_webhook_post_event_timestamp(h, i, ts) ? ts.read_int64 : nil,
                         raw: n.bbbkit_webhook_post_event_raw(h, i).to_s_or_nil).freeze
      end.freeze
      alg = n.bbbkit_webhook_post_algorithm(h)
      WebhookPost.new(domain: n.bbbkit_webhook_post_domain(h).to_s_or_nil, timestamp: n.bbbkit_webhook_post_timestamp(h),
                      events: events, scheme: n.bbbkit_webhook_scheme_name(n.bbbkit_webhook_post_scheme(h)),
                      algorithm: alg.zero? ? nil : n.bbbkit_algorithm_name(alg).to_sym,
                      key_index: n.bbbkit_webhook_post_key_index(h)).freeze
    ensure
      n.bbbkit_webhook_post_free(h)
    end
  end
end
