# frozen_string_literal: true

require_relative "helper"
require_relative "vectors_test"

# One test per error class: each is raised by a vector case that the library answers with that
# kind, and carries what the vector says. A class no case raises fails here.
class ErrorsTest < Minitest::Test
  include VectorAssertions

  # [file, case] for every vector case that expects an error.
  def self.error_cases
    @error_cases ||= %w[server.json join.json api_url.json calls.json verify.json parse.json answers.json callbacks.json]
                     .flat_map { |f| Vectors.cases(f).select { |c| c["error"] }.map { |c| [f, c] } }
  end

  # Runs a vector case that expects an error through the gem, as VectorsTest does.
  def run_case(file, c)
    server = -> { BbbKit::Server.new(c["server"]["url"], c["server"]["secret"], algorithm: c["server"]["algorithm"]) }
    case file
    when "server.json" then BbbKit::Server.new(c["url"], c["secret"])
    when "join.json" then server.call.join_url(**VectorsTest.join_keywords(c["request"]))
    when "api_url.json" then server.call.api_url(c["call"], c["params"])
    when "calls.json" then server.call.prepare(c["call"], c["params"])
    when "verify.json"
      v = BbbKit::Verifier.new(c["secrets"], allowed: c["allowed"])
      c["url"] ? v.verify(nil, c["url"]) : v.verify(c["call"], c["query"])
    when "parse.json"
      case c["kind"]
      when "error_redirect" then BbbKit::ApiError.from_error_redirect(c["location"])
      when "generic" then BbbKit.parse_response(Vectors.body(c), max_size: c["max_size"])
      else BbbKit.public_send(:"parse_#{c['kind']}", Vectors.body(c), max_size: c["max_size"])
      end
    when "answers.json" then BbbKit.public_send(:"parse_#{c['kind'].tr('-', '_')}", Vectors.body(c), max_size: c["max_size"])
    when "callbacks.json"
      v = BbbKit::CallbackVerifier.new(c["secrets"], allowed: c["allowed"], now: c["now"], max_size: c["max_size"])
      case c["scheme"]
      when "recording_ready" then v.recording_ready(c["body"])
      when "analytics" then v.analytics(c["authorization"])
      when "webhook" then v.webhook(c["url"], c["body"], accept_v2: (c["webhook_schemes"] || []).include?("v2"))
      when "webhook_bearer" then v.webhook_bearer(c["authorization"], c["body"])
      when "end_callback_url" then v.end_callback_url(c["url"], c["meeting_id"], c["expires_at"])
      when "end_callback" then v.end_callback(c["url"])
      end
    end
  end

  def assert_raised_by_a_vector(klass, &matches)
    found = self.class.error_cases.find { |_, c| matches.call(c["error"]) }
    refute_nil found, "no vector case raises #{klass}"
    file, c = found
    e = assert_vector_error(c["error"]) { run_case(file, c) }
    assert_instance_of klass, e, "#{file} #{c['name']}"
  end

  def test_hierarchy
    assert_operator BbbKit::Error, :<, StandardError
    [BbbKit::InvalidParameterError, BbbKit::ParseError, BbbKit::ChecksumError, BbbKit::ApiError,
     BbbKit::CallbackError, BbbKit::LibraryError, BbbKit::InternalError].each { |k| assert_operator k, :<, BbbKit::Error }
  end

  def test_invalid_parameter
    assert_raised_by_a_vector(BbbKit::InvalidParameterError) { |e| e["kind"] == "invalid_parameter" }
  end

  def test_parse
    assert_raised_by_a_vector(BbbKit::ParseError) { |e| e["kind"] == "parse" }
  end

  # One test per verification code: BbbKit::ChecksumMismatch < BbbKit::ChecksumError, ….
  BbbKit::ChecksumError::CODES.each do |code|
    define_method("test_checksum_error_#{code}") do
      klass = BbbKit.const_get(Vectors.pascal(code), false)
      assert_operator klass, :<, BbbKit::ChecksumError
      assert_raised_by_a_vector(klass) { |e| e["kind"] == code }
    end
  end

  # One test per API error kind of the library: BbbKit::ApiError::MeetingNotFound, ….
  BbbKit::ApiError.constants.each do |name|
    define_method("test_api_error_#{name}") do
      klass = BbbKit::ApiError.const_get(name, false)
      assert_operator klass, :<, BbbKit::ApiError
      assert_raised_by_a_vector(klass) { |e| e["kind"] == "api" && Vectors.pascal(e["api_kind"]) == name.to_s }
    end
  end

  def test_every_api_kind_of_the_library_has_its_class
    kinds = (0..64).filter_map { |i| BbbKit::Native.bbbkit_api_error_kind_name(i) }
    assert_equal 12, kinds.size
    assert_includes kinds, "recording_not_found"
    kinds.each { |k| assert BbbKit::ApiError.const_defined?(Vectors.pascal(k), false), k }
  end

  # One test per callback code of the library: BbbKit::CallbackError::Signature, ….
  BbbKit::CallbackError.constants.each do |name|
    define_method("test_callback_error_#{name}") do
      klass = BbbKit::CallbackError.const_get(name, false)
      assert_operator klass, :<, BbbKit::CallbackError
      assert_raised_by_a_vector(klass) { |e| e["kind"].start_with?("callback_") && Vectors.pascal(e["kind"].delete_prefix("callback_")) == name.to_s }
    end
  end

  def test_api_error_message_key_and_errors
    e = assert_raises(BbbKit::ApiError::CreateTimeMismatch) do
      BbbKit.parse_join(File.read(File.join(Vectors::FIXTURES, "error_mismatch_create_time.xml")))
    end
    assert_equal "mismatchCreateTimeParam", e.message_key
    assert_equal "create_time_mismatch", e.kind
    assert e.errors.frozen?
  end

  def test_library_error_for_a_missing_library
    out = IO.popen({ "BBBKIT_LIB" => "/nonexistent/libbbbkit.so" },
                   ["ruby", "-I", File.expand_path("../lib", __dir__), "-e",
                    'begin; require "bbbkit"; rescue BbbKit::LibraryError => e; puts e.class, e.message; end'], err: %i[child out], &:read)
    assert_match(/\ABbbKit::LibraryError\n/, out)
    assert_includes out, "/nonexistent/libbbbkit.so"
    assert_includes out, "BBBKIT_LIB"
  end

  # A libbbbkit of another version is refused before anything is bound, naming its path and the
  # version this gem needs.
  def test_library_error_for_another_version
    Dir.mktmpdir do |dir|
      File.write("#{dir}/v.c", 'const char *bbbkit_version(void) { return "0.0.9"; }')
      assert system("cc", "-shared", "-fPIC", "-o", "#{dir}/libbbbkit.so", "#{dir}/v.c"), "cc failed"
      out = IO.popen({ "BBBKIT_LIB" => "#{dir}/libbbbkit.so" },
                     ["ruby", "-I", File.expand_path("../lib", __dir__), "-e",
                      'begin; require "bbbkit"; rescue BbbKit::LibraryError => e; puts e.class, e.message; end'], err: %i[child out], &:read)
      assert_match(/\ABbbKit::LibraryError\n/, out)
      assert_includes out, "#{dir}/libbbbkit.so is libbbbkit 0.0.9"
      assert_includes out, "needs libbbbkit #{BbbKit::VERSION}"
    end
  end

  def test_the_gem_version_is_the_workspace_version
    cargo = File.read(File.join(Vectors::ROOT, "Cargo.toml"))[/\[workspace\.package\]\s*version = "([^"]+)"/, 1]
    assert_equal cargo, BbbKit::VERSION
    assert_equal BbbKit::VERSION, BbbKit.library_version
  end

  # Ruby's own errors stay Ruby's: a wrong type is a TypeError, an unknown keyword an
  # ArgumentError; a value the library refuses is an InvalidParameterError naming it.
  def test_ruby_errors
    server = BbbKit::Server.new("https://bbb.example.com/bigbluebutton/", "8cd8ef52e8e101574e400365b55e11a6")
    assert_raises(TypeError) { BbbKit::Server.new(nil, "s") }
    assert_raises(ArgumentError) { server.join_url(meeting_id: "m1", full_name: "A", colour: "red") }
    assert_raises(ArgumentError) { server.join_url(full_name: "A") }
    assert_raises(TypeError) { server.get_recordings_url(meeting_id: [1, 2]) }
    e = assert_raises(BbbKit::InvalidParameterError) { BbbKit::Server.new("https://bbb.example.com/", "s3cr3t-s3cr3t", algorithm: :md5) }
    assert_equal %w[algorithm one_of], [e.parameter, e.rule]
    e = assert_raises(BbbKit::InvalidParameterError) { server.get_recordings_url(meeting_id: ["a,b"]) }
    assert_equal %w[meetingID no_comma], [e.parameter, e.rule]
    e = assert_raises(BbbKit::InvalidParameterError) { server.join_url(meeting_id: "m1", full_name: "A", role: :owner) }
    assert_equal %w[role one_of], [e.parameter, e.rule]
    e = assert_raises(BbbKit::InvalidParameterError) { server.create_url(meeting_id: "m1", name: "x\0y") }
    assert_equal %w[name control_character], [e.parameter, e.rule]
  end
end
