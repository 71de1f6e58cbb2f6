# The peak memory of BbbKit.parse_recordings, for peak-memory.sh:
#   ruby -I bindings/ruby/lib peak.rb read|typed FILE
# `read` only reads the file (the baseline).
require "bbbkit"

mode, path = ARGV
body = File.binread(path)
case mode
when "typed"
  r = BbbKit.parse_recordings(body, max_size: body.bytesize)
  warn "#{r.recordings.length} recordings"
when "read" then nil
else abort "usage: peak.rb read|typed FILE"
end
