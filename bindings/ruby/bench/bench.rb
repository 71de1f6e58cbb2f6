# frozen_string_literal: true

# bbbkit against hand-rolled Ruby, interleaved:
#   - join_url against URI.encode_www_form + OpenSSL::Digest (what bigbluebutton-api-ruby does);
#   - parse_meeting_info and parse_recordings against Nokogiri and REXML reading the same fields.
# Every contender's output is checked equal to bbbkit's before timing. Then ROUNDS rounds, each
# running N calls of every contender in turn (the order rotating); the best and the median round
# per call are printed.
#
#   BBBKIT_LIB=target/release/libbbbkit.so ruby -Ibindings/ruby/lib bindings/ruby/bench/bench.rb [ROUNDS]
require "bbbkit"
require "uri"
require "openssl"
require "nokogiri"
require "rexml/document"

ROUNDS = Integer(ARGV[0] || 30)
FIXTURES = File.expand_path("../../../tests/fixtures", __dir__)
SECRET = "8cd8ef52e8e101574e400365b55e11a6"
BASE = "https://bbb.example.com/bigbluebutton/api/"

# ---- join -----------------------------------------------------------------------------------
SERVER = BbbKit::Server.new(BASE, SECRET)

def join_bbbkit(i)
  SERVER.join_url(meeting_id: "physics-101", full_name: "Marie Curie #{i}", role: :moderator, create_time: 1_715_261_728_123,
                  user_id: "u-#{i}", userdata: { "bbb_skip_check_audio" => "true" })
end

def join_ruby(i)
  query = URI.encode_www_form([["meetingID", "physics-101"], ["fullName", "Marie Curie #{i}"], ["role", "MODERATOR"],
                               ["createTime", "1715261728123"], ["userID", "u-#{i}"], ["userdata-bbb_skip_check_audio", "true"]])
  "#{BASE}join?#{query}&checksum=#{OpenSSL::Digest::SHA256.hexdigest("join#{query}#{SECRET}")}"
end

# ---- answers --------------------------------------------------------------------------------
# The fields an application reads, as plain values; bbbkit's records give the same.
def info_fields(meeting_name, meeting_id, create_time, running, participant_count, attendees, metadata)
  { meeting_name: meeting_name, meeting_id: meeting_id, create_time: create_time, running: running,
    participant_count: participant_count, attendees: attendees, metadata: metadata }
end

def info_bbbkit(xml)
  i = BbbKit.parse_meeting_info(xml)
  info_fields(i.meeting_name, i.meeting_id, i.create_time, i.running, i.participant_count,
              i.attendees.map { |a| [a.user_id, a.full_name, a.role] }, i.metadata)
end

def info_nokogiri(xml)
  doc = Nokogiri::XML(xml)
  r = doc.root
  raise "FAILED" unless r.at_xpath("returncode").text == "SUCCESS"
  info_fields(r.at_xpath("meetingName")&.text, r.at_xpath("meetingID").text, Integer(r.at_xpath("createTime").text),
              r.at_xpath("running").text == "true", r.at_xpath("participantCount")&.text&.then { |t| Integer(t) },
              r.xpath("attendees/attendee").map { |a| [a.at_xpath("userID").text, a.at_xpath("fullName").text, a.at_xpath("role").text] },
              r.at_xpath("metadata")&.element_children.to_h { |e| [e.name, e.text] } || {})
end

def info_rexml(xml)
  r = REXML::Document.new(xml).root
  raise "FAILED" unless r.elements["returncode"].text == "SUCCESS"
  info_fields(r.elements["meetingName"]&.text, r.elements["meetingID"].text, Integer(r.elements["createTime"].text),
              r.elements["running"].text == "true", r.elements["participantCount"]&.text&.then { |t| Integer(t) },
              r.get_elements("attendees/attendee").map { |a| [a.elements["userID"].text, a.elements["fullName"].text, a.elements["role"].text] },
              (r.elements["metadata"]&.elements&.to_a || []).to_h { |e| [e.name, e.text.to_s] })
end

def recordings_bbbkit(xml)
  BbbKit.parse_recordings(xml).recordings.map do |r|
    [r.record_id, r.meeting_id, r.name, r.published, r.state, r.start_time, r.end_time, r.metadata,
     r.playback.map { |f| [f.type, f.url, f.length] }]
  end
end

def recordings_nokogiri(xml)
  r = Nokogiri::XML(xml).root
  raise "FAILED" unless r.at_xpath("returncode").text == "SUCCESS"
  r.xpath("recordings/recording").map do |rec|
    [rec.at_xpath("recordID").text, rec.at_xpath("meetingID").text, rec.at_xpath("name")&.text,
     rec.at_xpath("published").text == "true", rec.at_xpath("state")&.text, Integer(rec.at_xpath("startTime").text),
     Integer(rec.at_xpath("endTime").text), rec.at_xpath("metadata").element_children.to_h { |e| [e.name, e.text] },
     rec.xpath("playback/format").map { |f| [f.at_xpath("type").text, f.at_xpath("url").text, f.at_xpath("length")&.text&.then { |t| Integer(t) }] }]
  end
end

def recordings_rexml(xml)
  r = REXML::Document.new(xml).root
  raise "FAILED" unless r.elements["returncode"].text == "SUCCESS"
  r.get_elements("recordings/recording").map do |rec|
    [rec.elements["recordID"].text, rec.elements["meetingID"].text, rec.elements["name"]&.text,
     rec.elements["published"].text == "true", rec.elements["state"]&.text, Integer(rec.elements["startTime"].text),
     Integer(rec.elements["endTime"].text), rec.elements["metadata"].elements.to_a.to_h { |e| [e.name, e.text.to_s] },
     rec.get_elements("playback/format").map { |f| [f.elements["type"].text, f.elements["url"].text, f.elements["length"]&.text&.then { |t| Integer(t) }] }]
  end
end

# A getMeetingInfo answer with `n` attendees, and a getRecordings answer with `n` recordings,
# grown from the recorded answers.
def meeting_info_with(n)
  xml = File.read(File.join(FIXTURES, "get_meeting_info_full.xml"))
  attendee = xml[%r{<attendee>.*?</attendee>}m]
  xml.sub(%r{<attendees>.*</attendees>}m, "<attendees>#{(1..n).map { |i| attendee.sub(%r{<userID>[^<]*</userID>}, "<userID>u-#{i}</userID>") }.join}</attendees>")
     .sub(%r{<participantCount>\d+</participantCount>}, "<participantCount>#{n}</participantCount>")
end

def recordings_with(n)
  xml = File.read(File.join(FIXTURES, "get_recordings_paginated.xml"))
  recording = xml[%r{<recording>.*?</recording>}m]
  xml.sub(%r{<recordings>.*</recordings>}m, "<recordings>#{(1..n).map { |i| recording.gsub(/-1718000000000/, "-17180000#{format('%05d', i)}") }.join}</recordings>")
end

CASES = {
  "join_url" => [100_000 / 10, { "bbbkit join_url" => ->(i) { join_bbbkit(i) }, "URI.encode_www_form + OpenSSL" => ->(i) { join_ruby(i) } }],
  "getMeetingInfo, 2 attendees" => [File.read(File.join(FIXTURES, "get_meeting_info_full.xml")), :info],
  "getMeetingInfo, 100 attendees" => [meeting_info_with(100), :info],
  "getRecordings, 2 recordings" => [File.read(File.join(FIXTURES, "get_recordings_paginated.xml")), :recordings],
  "getRecordings, 50 recordings" => [recordings_with(50), :recordings]
}.freeze

def contenders(kind, xml)
  prefix = kind == :info ? "info" : "recordings"
  { "bbbkit" => ->(_) { send(:"#{prefix}_bbbkit", xml) }, "Nokogiri" => ->(_) { send(:"#{prefix}_nokogiri", xml) },
    "REXML" => ->(_) { send(:"#{prefix}_rexml", xml) } }
end

def clock
  Process.clock_gettime(Process::CLOCK_MONOTONIC, :nanosecond)
end

cpu = File.read("/proc/cpuinfo")[/^model name\s*:\s*(.*)$/, 1]
puts "Ruby #{RUBY_VERSION}, Nokogiri #{Nokogiri::VERSION} (libxml2 #{Nokogiri::VERSION_INFO.dig('libxml', 'loaded')}), " \
     "REXML #{REXML::VERSION}, bbbkit #{BbbKit::VERSION}; #{cpu}; load #{File.read('/proc/loadavg').split[0, 3].join(' ')}"
puts "#{ROUNDS} rounds, interleaved; per call: best round / median round"
CASES.each do |title, (input, kind)|
  if kind.is_a?(Hash)
    calls = kind
    n = input
  else
    calls = contenders(kind, input)
    n = [100_000 / input.bytesize, 3].max
  end
  reference = calls.values.first.call(7)
  calls.each { |name, f| raise "#{title}: #{name} gives #{f.call(7).inspect[0, 300]}, not #{reference.inspect[0, 300]}" unless f.call(7) == reference }
  times = calls.keys.to_h { |k| [k, []] }
  ROUNDS.times do |round|
    calls.to_a.rotate(round % calls.size).each do |name, f|
      t = clock
      n.times { |i| f.call(i) }
      times[name] << (clock - t).fdiv(n)
    end
  end
  base = times.values.first.min
  puts "\n#{title}#{kind.is_a?(Hash) ? '' : " (#{input.bytesize} bytes)"}, #{n} calls a round"
  times.each do |name, t|
    s = t.sort
    unit = ->(ns) { ns >= 10_000 ? format("%.1f µs", ns / 1000.0) : format("%.0f ns", ns) }
    puts format("  %-32s %10s  %10s   %.2f× bbbkit", name, unit.(s.first), unit.(s[s.size / 2]), s.first / base)
  end
end
