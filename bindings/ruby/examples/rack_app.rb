# frozen_string_literal: true

# A Rack application for BigBlueButton with bbbkit: a join redirect and the recording-ready
# callback. Run it with `rackup examples/config.ru` (BBB_URL, BBB_SECRET), or mount
# BbbKitExample.new(...) in a Rails routes file.
require "rack"
require "bbbkit"

class BbbKitExample
  # server: a BbbKit::Server (shared by every thread); verifier: a BbbKit::CallbackVerifier;
  # on_recording_ready: called with each verified BbbKit::RecordingReady.
  def initialize(server:, verifier:, on_recording_ready:)
    @server = server
    @verifier = verifier
    @on_recording_ready = on_recording_ready
  end

  def call(env)
    request = Rack::Request.new(env)
    case [request.request_method, request.path_info]
    in ["GET", "/join"] then join(request)
    in ["POST", "/bbb/recording-ready"] then recording_ready(request)
    else [404, { "content-type" => "text/plain" }, ["not found\n"]]
    end
  end

  private

  # GET /join?meeting=physics-101&name=Marie+Curie: sends the browser to the signed join URL.
  # (In an application the name and role come from the session, never from the query.)
  def join(request)
    url = @server.join_url(meeting_id: request.params.fetch("meeting", ""), full_name: request.params.fetch("name", ""),
                           role: :viewer)
    [302, { "location" => url }, []]
  rescue BbbKit::InvalidParameterError => e
    [400, { "content-type" => "text/plain" }, ["#{e.parameter}: #{e.rule}\n"]]
  end

  # POST /bbb/recording-ready: BBB's callback (meta_bbb-recording-ready-url), a JWT signed with
  # the shared secret. A forgery gets 401 and nothing else.
  def recording_ready(request)
    ready = @verifier.recording_ready(request.body.read)
    @on_recording_ready.call(ready) # BBB calls once per playback format: act once per record ID
    [200, { "content-type" => "text/plain" }, ["ok\n"]]
  rescue BbbKit::CallbackError => e
    [e.http_status, { "content-type" => "text/plain" }, ["unauthorized\n"]]
  end
end
