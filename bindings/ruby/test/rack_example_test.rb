# frozen_string_literal: true

require_relative "helper"
require "openssl"
require "rack/mock"
require_relative "../examples/rack_app"

# examples/rack_app.rb through Rack::MockRequest: the join redirect goes to the URL computed here
# (encoding and OpenSSL), a genuine recording-ready callback is accepted and a forged one gets 401.
class RackExampleTest < Minitest::Test
  SECRET = "639259d4-9dd8-4b25-bf01-95f9567eaf4b"
  RAW = [*"A".."Z", *"a".."z", *"0".."9", "-", ".", "_"].join.bytes.freeze

  def setup
    @ready = []
    @app = BbbKitExample.new(server: BbbKit::Server.new("https://bbb.example.com/bigbluebutton/", SECRET),
                             verifier: BbbKit::CallbackVerifier.new([SECRET]),
                             on_recording_ready: ->(r) { @ready << r.record_id })
    @request = Rack::MockRequest.new(Rack::Lint.new(@app))
  end

  def encode(text)
    text.b.bytes.map { |b| b == 32 ? "+" : RAW.include?(b) ? b.chr : format("%%%02X", b) }.join
  end

  # The spec's recording-ready body (tests/vectors/callbacks.json), signed with SECRET.
  def genuine_body
    Vectors.cases("callbacks.json").find { |c| c["name"] == "recording_ready_spec_form" }.fetch("body")
  end

  def test_join_redirects_to_the_signed_url
    response = @request.get("/join?meeting=physics-101&name=Zo%C3%AB+O%27Neil")
    assert_equal 302, response.status
    query = "meetingID=physics-101&fullName=#{encode("Zoë O'Neil")}&role=VIEWER"
    assert_equal "https://bbb.example.com/bigbluebutton/api/join?#{query}&checksum=#{OpenSSL::Digest::SHA256.hexdigest("join#{query}#{SECRET}")}",
                 response.location
  end

  def test_join_with_a_bad_meeting_is_400
    response = @request.get("/join?meeting=a,b&name=Ada")
    assert_equal 400, response.status
    assert_equal "meetingID: no_comma\n", response.body
  end

  def test_recording_ready_accepts_a_genuine_callback
    response = @request.post("/bbb/recording-ready", input: genuine_body, "CONTENT_TYPE" => "application/x-www-form-urlencoded")
    assert_equal 200, response.status
    assert_equal ["ffbfc4cc24428694e8b53a4e144f414052431693-1530718721124"], @ready
  end

  def test_recording_ready_answers_401_to_forgeries
    body = genuine_body
    header, payload, signature = body.delete_prefix("signed_parameters=").split(".")
    forged_payload = [payload.tr("A", "B"), signature].join(".")
    other_secret = Vectors.cases("callbacks.json").find { |c| c.dig("error", "kind") == "callback_signature" && c["scheme"] == "recording_ready" }
    forgeries = [
      "signed_parameters=#{header}.#{forged_payload}",              # payload changed
      "signed_parameters=#{header}.#{payload}.#{signature.reverse}", # signature changed
      "signed_parameters=#{header}.#{payload}.",                     # no signature
      "",                                                           # nothing
      other_secret&.fetch("body")                                   # signed with another secret
    ].compact
    forgeries.each do |forged|
      response = @request.post("/bbb/recording-ready", input: forged, "CONTENT_TYPE" => "application/x-www-form-urlencoded")
      assert_equal 401, response.status, forged
    end
    assert_empty @ready
  end
end
