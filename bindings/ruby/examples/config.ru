# rackup examples/config.ru   (with BBB_URL and BBB_SECRET set)
require_relative "rack_app"

run BbbKitExample.new(
  server: BbbKit::Server.new(ENV.fetch("BBB_URL"), ENV.fetch("BBB_SECRET")),
  verifier: BbbKit::CallbackVerifier.new([ENV.fetch("BBB_SECRET")]),
  on_recording_ready: ->(ready) { warn "recording #{ready.record_id} of #{ready.meeting_id} is ready" }
)
