# frozen_string_literal: true

require_relative "helper"
require "openssl"

# One Server shared by many threads, as under Puma: every URL signed at the same time is checked
# against a computation written here (the canonical encoding and OpenSSL), and each thread sees
# its own errors (the library's last error is per thread).
class ThreadsTest < Minitest::Test
  SECRET = "8cd8ef52e8e101574e400365b55e11a6"
  BASE = "https://bbb.example.com/bigbluebutton/api/"
  RAW = [*"A".."Z", *"a".."z", *"0".."9", "-", ".", "_"].join.bytes.freeze

  def encode(text)
    text.b.bytes.map { |b| b == 32 ? "+" : RAW.include?(b) ? b.chr : format("%%%02X", b) }.join
  end

  def expected_join(meeting, name, user)
    query = "meetingID=#{encode(meeting)}&fullName=#{encode(name)}&role=VIEWER&userID=#{encode(user)}"
    "#{BASE}join?#{query}&checksum=#{OpenSSL::Digest::SHA256.hexdigest("join#{query}#{SECRET}")}"
  end

  def test_many_threads_sign_with_one_server
    server = BbbKit::Server.new(BASE, SECRET)
    threads = 16.times.map do |t|
      Thread.new do
        wrong = []
        300.times do |i|
          meeting = "room-#{t}-#{i % 7}"
          name = "Zoë O'Neil (TA) #{t}/#{i}"
          user = "u #{t}&#{i}"
          url = server.join_url(meeting_id: meeting, full_name: name, user_id: user)
          wrong << url unless url == expected_join(meeting, name, user)
        end
        wrong
      end
    end
    wrong = threads.flat_map(&:value)
    assert_empty wrong, "#{wrong.size} URLs differ"
  end

  def test_each_thread_sees_its_own_errors
    server = BbbKit::Server.new(BASE, SECRET)
    body = File.read(File.join(Vectors::FIXTURES, "get_meeting_info.xml"))
    failures = Queue.new
    threads = 8.times.map do |t|
      Thread.new do
        200.times do
          case t % 4
          when 0
            begin
              server.join_url(meeting_id: "a,b", full_name: "A")
              failures << "no error"
            rescue BbbKit::InvalidParameterError => e
              failures << e.message unless e.parameter == "meetingID" && e.rule == "no_comma"
            end
          when 1
            begin
              server.verify("join", "meetingID=x&checksum=#{'0' * 64}")
              failures << "verified"
            rescue BbbKit::ChecksumMismatch => e
              failures << e.message unless e.code == "checksum_mismatch"
            end
          when 2
            info = BbbKit.parse_meeting_info(body)
            failures << info.inspect unless info.participant_count == 2 && info.attendees.map(&:full_name) == ["Marie Curie", "Zoë O'Neil"]
          else
            begin
              BbbKit.parse_meeting_info("<html>502</html>")
              failures << "parsed"
            rescue BbbKit::ParseError => e
              failures << e.message unless e.code == "not_bbb"
            end
          end
        end
      end
    end
    threads.each(&:join)
    assert_empty Array.new(failures.size) { failures.pop }
  end
end
