# frozen_string_literal: true

require_relative "helper"

# Every case of every file of tests/vectors/, one test each.
class VectorsTest < Minitest::Test
  include VectorAssertions

  def test_every_vector_file_has_a_runner
    files = Dir.children(Vectors::DIR).grep(/\.json\z/).sort
    assert_equal Vectors::KEYS.keys.sort, files
  end

  def self.server(spec)
    BbbKit::Server.new(spec.fetch("url"), spec.fetch("secret"), algorithm: spec.fetch("algorithm", "sha256"))
  end

  Vectors.define(self, "checksum.json") do |c|
    assert_equal c["checksum"], BbbKit.checksum(c["call"], c["query"], c["secret"], algorithm: c["algorithm"])
    # and through a Server with that secret and algorithm
    server = BbbKit::Server.new("https://bbb.example.com/bigbluebutton/", c["secret"], algorithm: c["algorithm"].to_sym)
    assert_equal c["checksum"], server.checksum(c["call"], c["query"])
  end

  Vectors.define(self, "server.json") do |c|
    if c["error"]
      assert_vector_error(c["error"]) { BbbKit::Server.new(c["url"], c["secret"]) }
    else
      assert_equal c["base_url"], BbbKit::Server.new(c["url"], c["secret"]).base_url
    end
  end

  # The join request as keywords: role absent is role: nil (the keyword's default is :viewer).
  def self.join_keywords(request)
    kw = { role: nil }
    request.each do |name, value|
      case name
      when "userdata" then kw[:userdata] = value
      when "extra" then kw[:extra] = value
      else kw[Vectors.keyword(name).to_sym] = value
      end
    end
    kw
  end

  Vectors.define(self, "join.json") do |c|
    kw = VectorsTest.join_keywords(c["request"])
    if c["error"]
      assert_vector_error(c["error"]) { VectorsTest.server(c["server"]).join_url(**kw) }
    else
      assert_equal c["url"], VectorsTest.server(c["server"]).join_url(**kw)
      assert_equal c["effective_auth"], BbbKit.join_effective_auth(**kw) if c.key?("effective_auth")
    end
  end

  Vectors.define(self, "api_url.json") do |c|
    if c["error"]
      assert_vector_error(c["error"]) { VectorsTest.server(c["server"]).api_url(c["call"], c["params"]) }
    else
      assert_equal c["url"], VectorsTest.server(c["server"]).api_url(c["call"], c["params"])
    end
  end

  # calls.json by name (Server#prepare), and again through the call's keyword method when every
  # parameter is a plain declared one.
  Vectors.define(self, "calls.json") do |c|
    server = VectorsTest.server(c["server"])
    if c["error"]
      assert_vector_error(c["error"]) { server.prepare(c["call"], c["params"], extra: c["extra"]) }
    else
      prepared = server.prepare(c["call"], c["params"], extra: c["extra"])
      expected = c["expected"]
      assert_equal [expected["method"], expected["url"], expected["body"], expected["content_type"], expected["file_field"]],
                   [prepared.method, prepared.url, prepared.body&.dup&.force_encoding("UTF-8"), prepared.content_type, prepared.file_field]
      assert prepared.frozen?
      names = c["params"].map(&:first)
      method = :"prepare_#{c['call'].gsub('/', '_').gsub(/([a-z])([A-Z])/, '\1_\2').downcase}"
      # `join` has no prepare_ method: its keywords are join_url's, run by join.json.
      plain = BbbKit::Server.method_defined?(method) &&
              names.uniq == names && names.none? { |n| n.start_with?("meta_", "userdata-") || n == "document" } &&
              BbbKit::Server.instance_method(method).parameters.map(&:last).to_set >= names.map { |n| Vectors.keyword(n).to_sym }.to_set
      if plain
        keywords = c["params"].to_h { |n, v| [Vectors.keyword(n).to_sym, v] }
        keywords[:extra] = c["extra"] if c["extra"]
        by_keyword = server.public_send(method, **keywords)
        assert_equal expected["url"], by_keyword.url
      end
    end
  end

  Vectors.define(self, "verify.json") do |c|
    verifier = BbbKit::Verifier.new(c["secrets"], allowed: c["allowed"])
    run = -> { c["url"] ? verifier.verify(nil, c["url"]) : verifier.verify(c["call"], c["query"]) }
    if c["error"]
      assert_vector_error(c["error"], &run)
    else
      v = run.call
      assert_equal [c["algorithm"], c["key_index"]], [v.algorithm.to_s, v.key_index]
      assert_equal c["params"], v.params if c.key?("params")
    end
  end

  PARSERS = {
    "join" => :parse_join, "create" => :parse_create
  }.freeze

  Vectors.define(self, "parse.json") do |c|
    run = lambda do
      case c["kind"]
      when "error_redirect" then BbbKit::ApiError.from_error_redirect(c["location"])
      when "generic" then BbbKit.parse_response(Vectors.body(c), max_size: c["max_size"])
      else BbbKit.public_send(PARSERS.fetch(c["kind"]), Vectors.body(c), max_size: c["max_size"])
      end
    end
    if c["error"]
      assert_vector_error(c["error"], &run)
      next
    end
    expected = c["expected"]
    case c["kind"]
    when "error_redirect"
      e = run.call
      assert_kind_of BbbKit::ApiError.const_get(Vectors.pascal(expected["api_kind"]), false), e
      assert_equal [expected["key"], expected["api_kind"], expected["message"]], [e.message_key, e.kind, e.server_message]
      assert_equal expected["errors"].map { |x| [x["key"], x["message"]] }, e.errors
    when "generic"
      r = run.call
      assert_equal [expected["message_key"], expected["message"]], [r.message_key, r.message]
      expected["get"].each { |name, text| assert_equal text, r.get(name), name }
      (expected["attributes"] || {}).each do |path, attributes|
        element = path.split("/").reduce(r.root) { |e, step| e.child(step) }
        refute_nil element, path
        assert_equal attributes, element.attributes, path
      end
    else
      answer = run.call
      expected.each { |key, value| assert_equal value, answer.public_send(key), key }
    end
  end

  # Walks an expected JSON value and the record through its readers.
  def assert_record(expected, actual, path)
    case expected
    when Hash
      if %w[metadata custom_data].include?(path.split(/[.\[]/).last)
        assert_equal expected, actual, path
        assert actual.frozen?, path
        assert_equal expected.keys, actual.keys, "#{path}: the server's order"
      else
        assert_kind_of BbbKit::Record, actual, path
        assert actual.frozen?, path
        assert_equal expected.keys.map(&:to_sym), actual.members, path
        expected.each { |k, v| assert_record(v, actual.public_send(k), "#{path}.#{k}") }
      end
    when Array
      assert_kind_of Array, actual, path
      assert actual.frozen?, path
      assert_equal expected.size, actual.size, path
      expected.each_with_index { |v, i| assert_record(v, actual[i], "#{path}[#{i}]") }
    else
      expected.nil? ? assert_nil(actual, path) : assert_equal(expected, actual, path)
    end
  end

  Vectors.define(self, "answers.json") do |c|
    parser = :"parse_#{c['kind'].tr('-', '_')}"
    run = -> { BbbKit.public_send(parser, Vectors.body(c), max_size: c["max_size"]) }
    if c["error"]
      assert_vector_error(c["error"], &run)
    else
      assert_record(c["expected"], run.call, c["kind"])
    end
  end

  Vectors.define(self, "callbacks.json") do |c|
    verifier = lambda do
      BbbKit::CallbackVerifier.new(c["secrets"], allowed: c["allowed"], now: c["now"], max_size: c["max_size"])
    end
    run = lambda do
      v = verifier.call
      case c["scheme"]
      when "recording_ready" then v.recording_ready(c["body"])
      when "analytics" then v.analytics(c["authorization"])
      when "webhook"
        schemes = c["webhook_schemes"] || ["v3.4"]
        v.webhook(c["url"], c["body"], accept_v2: schemes.include?("v2"),
                                       accept_replayable_v30_checksum: schemes.include?("v3.0-constant"))
      when "webhook_bearer" then v.webhook_bearer(c["authorization"], c["body"])
      when "end_callback_url" then v.end_callback_url(c["url"], c["meeting_id"], c["expires_at"])
      when "end_callback" then v.end_callback(c["url"])
      else flunk "unknown scheme #{c['scheme']}"
      end
    end
    if c["error"]
      assert_vector_error(c["error"], &run)
      next
    end
    got = run.call
    expected = c["expected"]
    if c["scheme"] == "end_callback_url"
      assert_equal expected.fetch("url"), got
      next
    end
    assert got.frozen?
    expected.each do |key, value|
      actual = got.public_send(key)
      if key == "events"
        assert_equal value.size, actual.size
        value.each_with_index do |ev, i|
          ev.each { |k, x| assert_equal x, actual[i].public_send(k), "events[#{i}].#{k}" }
        end
      elsif key == "algorithm" && actual.is_a?(Symbol)
        assert_equal value, actual.to_s
      else
        value.nil? ? assert_nil(actual, key) : assert_equal(value, actual, key)
      end
    end
  end
end
