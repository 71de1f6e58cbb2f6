# frozen_string_literal: true

require_relative "helper"
require "json"
require "openssl"

# The Ruby API: names from the library's declarations, keywords, enums as Symbols or Strings,
# frozen answers, verification.
class ApiTest < Minitest::Test
  SECRET = "8cd8ef52e8e101574e400365b55e11a6"

  def server(algorithm: :sha256)
    BbbKit::Server.new("https://bbb.example.com/bigbluebutton/", SECRET, algorithm: algorithm)
  end

  def test_join_url_keywords_are_the_declared_parameters
    params = BbbKit::Server.instance_method(:join_url).parameters
    assert_equal [[:keyreq, :meeting_id], [:keyreq, :full_name], [:key, :role]], params.first(3)
    # One keyword per declared row, the `userdata-` pairs (`userdata:`) last, then `extra:`.
    expected = (0...BbbKit::Native.bbbkit_join_parameters_len).map { |i| BbbKit::Native.bbbkit_join_parameter_field(i).to_sym }
    assert_equal :userdata, expected.last
    assert_equal expected + %i[extra], params.map(&:last)
  end

  def test_one_url_and_prepare_method_per_declared_call
    calls = (0...BbbKit::Native.bbbkit_call_count).map { |i| BbbKit::Native.bbbkit_call_name(i) } - ["join"]
    assert_includes calls, "getMeetingInfo"
    calls.each do |call|
      name = call.tr("/", "_").gsub(/([a-z])([A-Z])/, '\1_\2').downcase
      assert BbbKit::Server.method_defined?(:"#{name}_url"), call
      assert BbbKit::Server.method_defined?(:"prepare_#{name}"), call
    end
    %i[create_url end_url get_meeting_info_url get_recordings_url hooks_create_url prepare_insert_document].each do |m|
      assert BbbKit::Server.method_defined?(m), m
    end
  end

  def test_one_parser_per_answer_kind
    %i[parse_meeting_info parse_meetings parse_recordings parse_running parse_end parse_hooks parse_join parse_create
       parse_text_tracks parse_put_text_track parse_hook_create].each { |m| assert_respond_to BbbKit, m }
  end

  # Each answer type is a class named as the core names it, with the declared fields, in order.
  def test_answer_classes_are_the_declared_types
    schema = JSON.parse(BbbKit::Native.bbbkit_answer_schema)
    schema["types"].each do |t|
      klass = BbbKit.const_get(t["name"])
      assert_operator klass, :<, BbbKit::Record, t["name"]
      assert_equal(t["fields"].map { |f| f["json"].to_sym }, klass.members, t["name"])
    end
    xml = File.binread(File.expand_path("../../../tests/fixtures/get_meeting_info.xml", __dir__))
    info = BbbKit.parse_meeting_info(xml)
    assert_instance_of BbbKit::MeetingInfo, info
    info.attendees.each { |a| assert_instance_of BbbKit::Attendee, a }
    refute_equal BbbKit::Acknowledged.new([nil, nil]), BbbKit::MeetingRunning.new([nil])
  end

  def test_join_url_with_symbols_userdata_and_layouts
    query = "meetingID=physics-101&fullName=Marie+Curie&role=MODERATOR&createTime=1715261728123&userID=u-17" \
            "&enforceLayout=VIDEO_FOCUS&userdata-bbb_skip_check_audio=true"
    url = server.join_url(meeting_id: "physics-101", full_name: "Marie Curie", role: :moderator, create_time: 1_715_261_728_123,
                          user_id: "u-17", enforce_layout: :video_focus, userdata: { bbb_skip_check_audio: true })
    assert_equal "https://bbb.example.com/bigbluebutton/api/join?#{query}&checksum=#{OpenSSL::Digest::SHA256.hexdigest("join#{query}#{SECRET}")}", url
    assert_equal url, server.join_url(meeting_id: "physics-101", full_name: "Marie Curie", role: "MODERATOR", create_time: 1_715_261_728_123,
                                      user_id: "u-17", enforce_layout: "video_focus", userdata: [["bbb_skip_check_audio", "true"]])
  end

  def test_algorithms
    %i[sha1 sha256 sha384 sha512].each do |alg|
      s = server(algorithm: alg)
      assert_equal alg, s.algorithm
      url = s.get_meeting_info_url(meeting_id: "m-1")
      query = "meetingID=m-1"
      assert_equal "#{s.base_url}getMeetingInfo?#{query}&checksum=#{OpenSSL::Digest.new(alg.to_s).hexdigest("getMeetingInfo#{query}#{SECRET}")}", url
      assert_equal alg, s.verify("getMeetingInfo", url.split("?", 2).last).algorithm
    end
  end

  def test_prepare_returns_a_frozen_request
    prepared = server.prepare_create(meeting_id: "cs101", name: "CS 101", record: true, meta: { "bbb-origin" => "moodle" },
                                     documents: [{ url: "https://files.example.com/a.pdf", current: true }],
                                     guest_policy: :ask_moderator, disabled_features: %i[polls chat])
    assert prepared.frozen?
    assert_equal "POST", prepared.method
    assert_equal "application/xml", prepared.content_type
    assert_includes prepared.body, "https://files.example.com/a.pdf"
    assert_includes prepared.url, "&meta_bbb-origin=moodle&"
    assert_includes prepared.url, "guestPolicy=ASK_MODERATOR"
    assert_includes prepared.url, "disabledFeatures=polls%2Cchat"
    get = server.prepare_get_recordings(meeting_id: %w[a b], state: %i[published unpublished], limit: 10)
    assert_equal ["GET", nil, nil], [get.method, get.body, get.content_type]
    assert_equal get.url, server.get_recordings_url(meeting_id: %w[a b], state: %i[published unpublished], limit: 10)
  end

  def test_verify_returns_what_was_verified
    url = server.join_url(meeting_id: "room-1", full_name: "Zoë")
    verified = server.verify("join", url.split("?", 2).last)
    assert verified.frozen?
    assert_equal [["meetingID", "room-1"], ["fullName", "Zoë"], ["role", "VIEWER"]], verified.params
    assert_equal({ "meetingID" => "room-1", "fullName" => "Zoë", "role" => "VIEWER" }, verified.to_params)
    assert_equal 0, verified.key_index
    assert_equal "room-1", server.verify(nil, url).to_params["meetingID"]
    assert_raises(BbbKit::ChecksumMismatch) { server.verify("join", url.split("?", 2).last.sub("room-1", "room-2")) }
    rotated = BbbKit::Verifier.new(["new-secret-new-secret", SECRET], allowed: %i[sha256 sha512])
    assert_equal 1, rotated.verify(nil, url).key_index
    assert_raises(BbbKit::AlgorithmNotAllowed) { rotated.verify(nil, server(algorithm: :sha1).join_url(meeting_id: "room-1", full_name: "A")) }
  end

  def test_answers_are_frozen_records
    info = BbbKit.parse_meeting_info(File.read(File.join(Vectors::FIXTURES, "get_meeting_info.xml")))
    assert info.frozen?
    assert_equal "Physics & Chemistry 101", info.meeting_name
    assert_equal "Marie Curie", info.attendees[0].full_name
    assert_equal "Marie Curie", info[:attendees][0]["full_name"]
    assert info.attendees.frozen? && info.attendees[0].frozen? && info.meeting_name.frozen?
    assert_raises(FrozenError) { info.instance_variable_set(:@meeting_name, "x") }
    refute_respond_to info, :meeting_name=
    assert_equal info, BbbKit.parse_answer("meeting-info", File.read(File.join(Vectors::FIXTURES, "get_meeting_info.xml")))
    assert_equal 2, info.to_h[:attendees].size
    page = BbbKit.parse_recordings(File.read(File.join(Vectors::FIXTURES, "get_recordings_paginated.xml")))
    assert page.recordings.all?(&:frozen?)
    assert page.recordings.first.metadata.frozen?
  end

  def test_error_redirect_and_generic_answers
    e = BbbKit::ApiError.from_error_redirect("https://bbb.example.com/?errors=[%7B%22message%22:%22no%22,%22key%22:%22guestDeniedAccess%22%7D]")
    assert_instance_of BbbKit::ApiError::GuestDenied, e
    response = BbbKit.parse_response(File.read(File.join(Vectors::FIXTURES, "is_meeting_running_true.xml")))
    assert_equal "true", response.get("running")
    assert_equal "response", response.root.name
  end

  def test_extra_parameters_follow_the_declared_ones_and_never_shadow_one
    query = "meetingID=cs101&newerFlag=on&a=b+c"
    assert_equal "#{server.base_url}end?#{query}&checksum=#{OpenSSL::Digest::SHA256.hexdigest("end#{query}#{SECRET}")}",
                 server.end_url(meeting_id: "cs101", extra: [["newerFlag", "on"], ["a", "b c"]])
    # The library refuses a name that is a declared parameter's (in any case), a declared
    # prefix or checksum, naming it.
    [
      ["meetingID", -> { server.end_url(meeting_id: "cs101", extra: { "meetingID" => "x" }) }],
      ["MeetingID", -> { server.end_url(meeting_id: "cs101", extra: { newerFlag: "on", MeetingID: "x" }) }],
      ["meta_x", -> { server.create_url(meeting_id: "cs101", name: "CS 101", extra: { "meta_x" => "y" }) }],
      ["checksum", -> { server.prepare_end(meeting_id: "cs101", extra: { "checksum" => "00" }) }],
    ].each do |name, run|
      err = assert_raises(BbbKit::InvalidParameterError) { run.call }
      assert_equal [name, "reserved"], [err.parameter, err.rule], err.message
    end
  end

  def test_api_url_signs_any_call
    query = "x=1+2"
    assert_equal "#{server.base_url}newCall?#{query}&checksum=#{OpenSSL::Digest::SHA256.hexdigest("newCall#{query}#{SECRET}")}",
                 server.api_url("newCall", "x" => "1 2")
  end
end
