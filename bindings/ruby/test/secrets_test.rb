# frozen_string_literal: true

require_relative "helper"

# The secret, tokens and passwords never show in #inspect, #to_s or a message.
class SecretsTest < Minitest::Test
  SECRET = "s3cr3t-8cd8ef52e8e101574e400365b5"

  def server
    BbbKit::Server.new("https://bbb.example.com/bigbluebutton/", SECRET)
  end

  def refute_secret(text, secret = SECRET)
    refute_includes text.to_s, secret
  end

  def test_server_and_verifiers_hide_the_secret
    [server, BbbKit::Server.new("https://bbb.example.com/", SECRET, algorithm: :sha512),
     BbbKit::Verifier.new([SECRET, "old-#{SECRET}"]), BbbKit::CallbackVerifier.new([SECRET])].each do |obj|
      refute_secret obj.inspect
      refute_secret obj.to_s
      refute_secret obj.instance_variables.map { |v| obj.instance_variable_get(v).inspect }.join
      assert_includes obj.inspect, "redacted"
      assert obj.frozen?
    end
    assert_raises(TypeError) { Marshal.dump(server) }
  end

  def test_messages_never_hold_the_secret
    errors = []
    errors << assert_raises(BbbKit::Error) { BbbKit::Server.new("ftp://#{SECRET}.example.com/", SECRET) }
    errors << assert_raises(BbbKit::Error) { BbbKit::Server.new("https://bbb.example.com/", "#{SECRET}\u0001") }
    errors << assert_raises(BbbKit::Error) { server.join_url(meeting_id: "m,1", full_name: SECRET) }
    errors << assert_raises(BbbKit::Error) { server.verify("join", "meetingID=m&checksum=#{'a' * 64}") }
    errors << assert_raises(BbbKit::Error) { BbbKit::Verifier.new([SECRET], allowed: [:md5]) }
    errors << assert_raises(BbbKit::Error) { BbbKit::CallbackVerifier.new([SECRET]).recording_ready("signed_parameters=a.b.c") }
    errors.each do |e|
      refute_secret e.message
      refute_secret e.inspect
      refute_secret e.full_message
    end
  end

  def test_answers_hide_tokens_and_passwords
    joined = BbbKit.parse_join(File.read(File.join(Vectors::FIXTURES, "join_success_3.0.xml")))
    assert_equal "ljbp2qalayrpgs3p", joined.session_token # readable
    %w[nrmw2bkmxxgo ljbp2qalayrpgs3p].each do |token|
      refute_secret joined.inspect, token
      refute_secret joined.to_s, token
    end
    assert_includes joined.inspect, "sessionToken=[redacted]"
    created = BbbKit.parse_create(File.read(File.join(Vectors::FIXTURES, "create_success.xml")))
    assert_equal "mp-9a2e", created.moderator_pw
    refute_secret created.inspect, "mp-9a2e"
    refute_secret created.inspect, "ap-6f1c"
  end

  def test_prepared_requests_and_verified_queries_hide_passwords
    prepared = server.prepare_create(meeting_id: "m-1", name: "Room", attendee_pw: "ap-s3cr3t", moderator_pw: "mp-s3cr3t")
    assert_includes prepared.url, "moderatorPW=mp-s3cr3t" # readable
    ended = server.prepare_end(meeting_id: "m-1", password: "mp-s3cr3t")
    url = server.join_url(meeting_id: "m-1", full_name: "Ada", role: nil, password: "mp-s3cr3t", replace_session_token: "tok-s3cr3t",
                          existing_user_id: "u-1")
    verified = server.verify(nil, url)
    assert_equal "mp-s3cr3t", verified.to_params["password"]
    [prepared, ended, verified].each do |obj|
      %w[ap-s3cr3t mp-s3cr3t tok-s3cr3t].each do |secret|
        refute_secret obj.inspect, secret
        refute_secret obj.to_s, secret
      end
      assert_includes obj.inspect, "[redacted]"
    end
  end

  def test_callback_results_hold_no_secret
    verifier = BbbKit::CallbackVerifier.new([SECRET])
    url = verifier.end_callback_url("https://lms.example.com/bbb/ended", "m-1", 4_102_444_800)
    refute_secret url
    ended = BbbKit::CallbackVerifier.new([SECRET], now: 1_700_000_000).end_callback("#{url}&recordingmarks=false&meetingID=m-1")
    refute_secret ended.inspect
  end
end
