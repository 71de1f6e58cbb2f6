# frozen_string_literal: true

# Loads bbbkit from this checkout (BBBKIT_LIB names the library: run-tests.sh sets it) and the
# shared vectors of tests/vectors/.
$LOAD_PATH.unshift File.expand_path("../lib", __dir__)
require "minitest/autorun"
require "json"
require "set"
require "tmpdir"
require "bbbkit"

module Vectors
  ROOT = File.expand_path("../../..", __dir__)
  DIR = ENV.fetch("BBBKIT_VECTORS", File.join(ROOT, "tests", "vectors"))
  FIXTURES = File.join(ROOT, "tests", "fixtures")

  # Every vector file and the keys its cases may have: a file missing here, a file without a
  # runner, or a key no runner reads fails the suite.
  KEYS = {
    "checksum.json" => %w[name call query secret algorithm checksum],
    "server.json" => %w[name url secret base_url error],
    "join.json" => %w[name server request url effective_auth error],
    "api_url.json" => %w[name server call params url error],
    "calls.json" => %w[name server call params extra expected error],
    "verify.json" => %w[name secrets allowed call query url algorithm key_index params error],
    "parse.json" => %w[name kind fixture input input_hex location max_size expected error],
    "answers.json" => %w[name kind fixture input max_size expected error],
    "callbacks.json" => %w[name scheme secrets allowed now max_size body authorization url webhook_schemes
                           meeting_id expires_at expected error]
  }.freeze

  # The cases of one file; raises when the file is missing or a case has a key no runner reads.
  def self.cases(file)
    path = File.join(DIR, file)
    raise "missing vector file #{path}" unless File.file?(path)
    cases = JSON.parse(File.read(path)).fetch("cases")
    raise "#{file} has no cases" if cases.empty?
    cases.each do |c|
      unknown = c.keys - KEYS.fetch(file)
      raise "#{file}: case #{c['name']} has keys no runner reads: #{unknown.join(', ')}" unless unknown.empty?
    end
    cases
  end

  # Defines one test per case of `file` in `klass`, each calling `block` with the case.
  def self.define(klass, file, &block)
    seen = {}
    cases(file).each do |c|
      name = "test_#{file.delete_suffix('.json')}_#{c.fetch('name')}"
      raise "#{file}: duplicate case #{c['name']}" if seen[name]
      seen[name] = true
      klass.define_method(name) { instance_exec(c, &block) }
    end
  end

  # The body a parse case reads: its fixture, its text or its bytes in hex.
  def self.body(c)
    return File.binread(File.join(FIXTURES, c["fixture"])) if c["fixture"]
    return [c["input_hex"]].pack("H*") if c["input_hex"]
    c.fetch("input")
  end

  # BBB's parameter name as the Ruby keyword a user writes, computed here and not by the gem:
  # meetingID → meeting_id, avatarURL → avatar_url, errorRedirectUrl → error_redirect_url.
  def self.keyword(name)
    name.sub(/ID\z/, "Id").gsub("URL", "Url").gsub(/([a-z0-9])([A-Z])/, '\1_\2').downcase
  end

  def self.pascal(snake)
    snake.split("_").map(&:capitalize).join
  end
end

module VectorAssertions
  # Runs the block and checks it raises the error a vector case describes.
  def assert_vector_error(spec, &block)
    kind = spec.fetch("kind")
    case kind
    when "invalid_parameter"
      e = assert_raises(BbbKit::InvalidParameterError, &block)
      assert_equal [spec["parameter"], spec["rule"]], [e.parameter, e.rule], e.message
    when "parse"
      e = assert_raises(BbbKit::ParseError, &block)
      assert_equal spec["code"], e.code, e.message
    when "api"
      e = assert_raises(BbbKit::ApiError, &block)
      assert_equal BbbKit::ApiError.const_get(Vectors.pascal(spec["api_kind"]), false), e.class
      assert_equal [spec["key"], spec["api_kind"], spec["message"]], [e.message_key, e.kind, e.server_message]
      assert_equal spec["errors"].map { |x| [x["key"], x["message"]] }, e.errors
      assert_equal spec["details"].to_h, e.details if spec.key?("details")
      assert e.details.frozen?
    when /\Acallback_/
      e = assert_raises(BbbKit::CallbackError, &block)
      assert_equal BbbKit::CallbackError.const_get(Vectors.pascal(kind.delete_prefix("callback_")), false), e.class
      assert_equal [kind, 401], [e.code, e.http_status]
    else # the verification codes
      e = assert_raises(BbbKit::ChecksumError, &block)
      assert_equal BbbKit.const_get(Vectors.pascal(kind), false), e.class
      assert_equal kind, e.code
    end
    assert_kind_of BbbKit::Error, e
    refute_empty e.message
    e
  end
end
