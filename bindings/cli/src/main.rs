//! `bbbkit`: signed BigBlueButton join URLs and API calls, checksum verification and response
//! parsing from the command line. A thin layer over the `bbbkit` crate.

mod calls;

use std::io::Read;
use std::process::ExitCode;

use bbbkit::{
    Algorithm, AnswerKind, ApiError, CallbackError, CallbackVerifier, Element, Error,
    InvalidParameter, JwtAlgorithm, ParseOptions, Server, Verifier, WebhookSchemes,
};
use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Parser, Subcommand};
use serde_json::{json, Map, Value};

const DEMO_URL: &str = "https://bbb.example.com/bigbluebutton/api/";
const DEMO_SECRET: &str = "bbbkit-demo-secret-not-for-real-servers";

const EXAMPLES: &str = "\
Examples:
  bbbkit --server https://bbb.example.com/bigbluebutton/api/ --secret \"$SECRET\" \\
      join --meeting-id physics-101 --full-name 'Marie Curie' --role moderator
  BBB_URL=bbb.example.com BBB_SECRET=... bbbkit join --meeting-id room --full-name Ada --role viewer --guest
  bbbkit create --meeting-id physics-101 --name 'Physics 101' --record --meta bbb-origin=moodle
  bbbkit get-recordings --meeting-id physics-101 --state published,unpublished --limit 10
  bbbkit sign create name='Physics 101' meetingID=physics-101 record=true
  bbbkit --secret new --secret old verify \
      'https://bbb.example.com/bigbluebutton/api/end?meetingID=x&checksum=da7c9e18b3d257ded83f69ad77c7ccc347693a7209b035a35ef3aca04fc3ed34'
  curl -s \"$(bbbkit join --meeting-id room --full-name Ada --role viewer --redirect false)\" | bbbkit parse --kind join

Server: --server/--secret, else BBB_URL/BBB_SECRET, else BIGBLUEBUTTON_ENDPOINT/BIGBLUEBUTTON_SECRET,
else a clearly labelled demo server (a warning goes to stderr) for signing only: `verify` needs a
configured secret and no server URL. The secret is never printed.";

/// Signed BigBlueButton API URLs, checksum verification and response parsing.
#[derive(Parser, Debug)]
#[command(name = "bbbkit", version, about, after_help = EXAMPLES)]
struct Cli {
    /// The BBB API URL (any form: host, https://host/bigbluebutton/api/, a custom prefix).
    #[arg(long, global = true, value_name = "URL")]
    server: Option<String>,
    /// The shared secret (`bbb-conf --secret`). Repeat it for `verify` to accept several.
    #[arg(long, global = true, value_name = "SECRET", hide_env_values = true)]
    secret: Vec<String>,
    /// The checksum algorithm used to sign.
    #[arg(long, global = true, value_parser = algorithm_parser(), default_value = Algorithm::default().as_str())]
    algorithm: Algorithm,
    #[command(subcommand)]
    command: Command,
}

/// The algorithms' names, from the core (`sha1`, `sha256`, …), case-insensitive.
fn algorithm_parser() -> impl clap::builder::TypedValueParser<Value = Algorithm> {
    PossibleValuesParser::new(Algorithm::ALL.map(Algorithm::as_str))
        .try_map(|s| s.parse::<Algorithm>().map_err(|e| e.to_string()))
}

#[derive(Subcommand, Debug)]
enum Command {
    #[command(flatten)]
    Call(calls::CallCommand),
    /// Print the signed URL of any API call: `bbbkit sign CALL [NAME=VALUE ...]`.
    Sign {
        /// The call: create, getMeetingInfo, end, hooks/create, ...
        call: String,
        /// Parameters, sent in the order given.
        #[arg(value_name = "NAME=VALUE", value_parser = parse_pair)]
        params: Vec<(String, String)>,
    },
    /// Verify a signed URL or query. Exit 0 prints the algorithm; exit 1: not valid.
    Verify {
        /// A full URL (…/api/CALL?…&checksum=…) or a bare query with --call.
        url: String,
        /// The call, when URL is a bare query.
        #[arg(long)]
        call: Option<String>,
        /// Accept only these algorithms (comma-separated).
        #[arg(long, value_parser = algorithm_parser(), value_delimiter = ',')]
        allow: Vec<Algorithm>,
    },
    /// Print a `meta_endCallbackUrl` carrying a bbbkit token (HMAC of the meeting ID and an
    /// expiry under the secret), for `verify-callback end` to check when BBB calls it.
    #[command(name = "end-callback-url")]
    EndCallbackUrl {
        /// The application's end-callback URL.
        url: String,
        /// The meeting it is for (the create call's meetingID).
        #[arg(long)]
        meeting_id: String,
        /// When the token expires, in seconds since the epoch.
        #[arg(long, value_name = "UNIX_SECONDS")]
        expires: u64,
    },
    /// Verify a callback BBB sent back; the body comes from a file or stdin. Exit 0 prints what
    /// it carries as JSON; 1: forged or refused (the reason on stderr); 2: usage (no secret).
    #[command(name = "verify-callback")]
    VerifyCallback {
        #[command(subcommand)]
        kind: CallbackKind,
    },
    /// Parse a BBB response (file or stdin) and print it as JSON.
    /// Exit 0: SUCCESS; 1: FAILED; 2: not a BBB response. Each call's kind prints its typed
    /// answer (keys in snake case, absent values null); with the generic kind, `root` is the
    /// whole <response>, every element as {"name", "attributes", "text", "children": [...]}.
    Parse {
        /// The response file; `-` or nothing for stdin.
        file: Option<String>,
        /// What the response answers.
        #[arg(long, value_parser = kind_parser(), default_value = "generic")]
        kind: Kind,
        /// The largest response accepted, in bytes.
        #[arg(long, value_name = "BYTES", default_value_t = bbbkit::DEFAULT_MAX_SIZE)]
        max_size: usize,
        /// The deepest element nesting accepted.
        #[arg(long, value_name = "LEVELS", default_value_t = bbbkit::DEFAULT_MAX_DEPTH)]
        max_depth: usize,
    },
}

#[derive(Subcommand, Debug)]
enum CallbackKind {
    /// A recording-ready POST (`signed_parameters=<JWT>`, a JSON body, or the bare token).
    RecordingReady {
        /// The body; `-` or nothing for stdin.
        file: Option<String>,
        /// Accept these JWT algorithms (default HS256).
        #[arg(long, value_delimiter = ',', value_parser = jwt_algorithm)]
        allow: Vec<JwtAlgorithm>,
        /// The time to check `exp` against, in seconds since the epoch (default: now).
        #[arg(long, value_name = "UNIX_SECONDS")]
        now: Option<u64>,
    },
    /// A learning-analytics POST's `Authorization` header (`Bearer <JWT>`, HS512).
    Analytics {
        /// The header's value; `-` or nothing for stdin.
        authorization: Option<String>,
        /// Accept these JWT algorithms (default HS512).
        #[arg(long, value_delimiter = ',', value_parser = jwt_algorithm)]
        allow: Vec<JwtAlgorithm>,
        /// The time to check `exp` against, in seconds since the epoch (default: now).
        #[arg(long, value_name = "UNIX_SECONDS")]
        now: Option<u64>,
    },
    /// A bbb-webhooks event POST: the callback URL with its checksum, and the raw body.
    Webhook {
        /// The registered callback URL followed by the request's `checksum` parameter.
        #[arg(long)]
        url: Option<String>,
        /// Bearer mode instead: the request's `Authorization` header value.
        #[arg(long, conflicts_with = "url")]
        authorization: Option<String>,
        /// The raw body; `-` or nothing for stdin.
        file: Option<String>,
        /// Also accept bbb-webhooks 2.x (BBB 2.6, 2.7).
        #[arg(long)]
        v2: bool,
        /// Also accept bbb-webhooks 3.0-3.3's constant checksum, which does not cover the body
        /// and can be replayed.
        #[arg(long)]
        accept_replayable_v3_0_checksum: bool,
    },
    /// An end-meeting callback URL signed by `bbbkit end-callback-url` (BBB signs nothing).
    End {
        /// The URL the callback arrived at, query included.
        url: String,
        /// The time to check the expiry against, in seconds since the epoch (default: now).
        #[arg(long, value_name = "UNIX_SECONDS")]
        now: Option<u64>,
    },
}

fn jwt_algorithm(s: &str) -> Result<JwtAlgorithm, String> {
    s.parse::<JwtAlgorithm>().map_err(|e| e.to_string())
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum Kind {
    /// One call's typed answer.
    Answer(AnswerKind),
    /// Any response, as an element tree.
    Generic,
    /// The `Location` of an error redirect (`…?errors=[…]`).
    ErrorRedirect,
}

/// `--kind`: every answer kind the core declares (`AnswerKind::ALL`), then `generic` and
/// `error-redirect`.
fn kind_parser() -> impl TypedValueParser<Value = Kind> {
    let answers = AnswerKind::ALL
        .iter()
        .map(|k| PossibleValue::new(k.as_str()).help(format!("the answer to {}", k.call())));
    let others = [
        PossibleValue::new("generic").help("any response, as an element tree"),
        PossibleValue::new("error-redirect")
            .help("the Location of an error redirect (…?errors=[…])"),
    ];
    PossibleValuesParser::new(answers.chain(others)).map(|s| match s.as_str() {
        "generic" => Kind::Generic,
        "error-redirect" => Kind::ErrorRedirect,
        name => Kind::Answer(name.parse().expect("a declared answer kind")),
    })
}

pub(crate) fn parse_pair(s: &str) -> Result<(String, String), String> {
    s.split_once('=')
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .ok_or_else(|| format!("`{s}` is not NAME=VALUE"))
}

/// How a command ended.
pub(crate) enum Failure {
    /// Usage errors and invalid parameters.
    Usage(String),
    /// Not valid / FAILED.
    Negative(String),
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        Failure::Usage(e.to_string())
    }
}

impl From<InvalidParameter> for Failure {
    fn from(e: InvalidParameter) -> Self {
        Failure::Usage(e.to_string())
    }
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

/// --server/--secret, else BBB_URL/BBB_SECRET, else BIGBLUEBUTTON_ENDPOINT/BIGBLUEBUTTON_SECRET,
/// else the demo server.
fn server_config(cli: &Cli) -> Result<(String, Vec<String>), Failure> {
    let url = cli
        .server
        .clone()
        .or_else(|| env("BBB_URL"))
        .or_else(|| env("BIGBLUEBUTTON_ENDPOINT"));
    let secrets = if cli.secret.is_empty() {
        env("BBB_SECRET")
            .or_else(|| env("BIGBLUEBUTTON_SECRET"))
            .into_iter()
            .collect()
    } else {
        cli.secret.clone()
    };
    match (url, secrets.is_empty()) {
        (Some(url), false) => Ok((url, secrets)),
        (None, true) => {
            eprintln!(
                "bbbkit: warning: no server configured (--server/--secret, BBB_URL/BBB_SECRET or \
                 BIGBLUEBUTTON_ENDPOINT/BIGBLUEBUTTON_SECRET); using the DEMO server {DEMO_URL} \
                 with a public demo secret: these URLs work on no real server"
            );
            Ok((DEMO_URL.to_owned(), vec![DEMO_SECRET.to_owned()]))
        }
        (Some(_), true) => Err(Failure::Usage(
            "a server URL is set but no secret: give --secret or BBB_SECRET".to_owned(),
        )),
        (None, false) => Err(Failure::Usage(
            "a secret is set but no server URL: give --server or BBB_URL".to_owned(),
        )),
    }
}

/// The secrets that `verify` checks against: --secret, else BBB_SECRET, else
/// BIGBLUEBUTTON_SECRET. Never the demo secret: it is public, so anything would verify with
/// it. No server URL is needed.
fn verifying_secrets(cli: &Cli) -> Result<Vec<String>, Failure> {
    if !cli.secret.is_empty() {
        return Ok(cli.secret.clone());
    }
    env("BBB_SECRET")
        .or_else(|| env("BIGBLUEBUTTON_SECRET"))
        .map(|s| vec![s])
        .ok_or_else(|| {
            Failure::Usage(
                "verify needs the shared secret: give --secret, BBB_SECRET or \
                 BIGBLUEBUTTON_SECRET (the demo secret is public, so it never verifies)"
                    .to_owned(),
            )
        })
}

fn signing_server(cli: &Cli) -> Result<Server, Failure> {
    let (url, secrets) = server_config(cli)?;
    if secrets.len() > 1 {
        return Err(Failure::Usage(
            "several --secret values are only for `verify`; give one to sign".to_owned(),
        ));
    }
    Ok(Server::new(&url, &secrets[0])?.with_algorithm(cli.algorithm))
}

/// One shape for every element, whatever the number of children: `{"name", "attributes"
/// (an object, in document order), "text", "children" (a list, in document order)}`.
///
/// Written straight into `out` with an explicit stack (no `Value` tree, whose building,
/// printing and dropping recurse), so that an answer of any depth `--max-depth` lets through
/// prints without overflowing the stack.
fn write_element_json(out: &mut String, root: &Element) {
    let open = |out: &mut String, el: &Element| {
        let attributes: Map<String, Value> = el
            .attributes
            .iter()
            .map(|(k, v)| (k.clone(), json!(v)))
            .collect();
        out.push_str("{\"name\":");
        out.push_str(&json!(el.name).to_string());
        out.push_str(",\"attributes\":");
        out.push_str(&Value::Object(attributes).to_string());
        out.push_str(",\"text\":");
        out.push_str(&json!(el.text).to_string());
        out.push_str(",\"children\":[");
    };
    // (element, index of the next child to write)
    let mut stack: Vec<(&Element, usize)> = vec![(root, 0)];
    open(out, root);
    while let Some(top) = stack.last_mut() {
        let (el, next) = (top.0, top.1);
        match el.children.get(next) {
            Some(child) => {
                top.1 += 1;
                if next > 0 {
                    out.push(',');
                }
                open(out, child);
                stack.push((child, 0));
            }
            None => {
                out.push_str("]}");
                stack.pop();
            }
        }
    }
}

fn failed_json(e: &ApiError) -> Value {
    let mut details = Map::new();
    for (name, value) in &e.details {
        details
            .entry(name.clone())
            .or_insert_with(|| Value::String(value.clone()));
    }
    json!({
        "returncode": "FAILED",
        "kind": e.kind.as_str(),
        "errors": e.errors.iter().map(|d| json!({"message_key": d.key.as_str(), "message": d.message, "kind": d.kind.as_str()})).collect::<Vec<_>>(),
        "details": details,
    })
}

/// The answer as JSON text.
fn parse(input: &[u8], kind: Kind, opts: ParseOptions) -> Result<String, Error> {
    let value = match kind {
        Kind::Answer(kind) => {
            // `{"returncode":"SUCCESS",` and the answer's own fields, written straight from the
            // typed answer (no `serde_json::Value` of a large answer in memory).
            let mut out = br#"{"returncode":"SUCCESS""#.to_vec();
            let start = out.len();
            bbbkit::answers::write_answer_json(kind, input, &opts, &mut out)?;
            if out[start..] == *b"{}" {
                out.truncate(start);
                out.push(b'}');
            } else {
                out[start] = b',';
            }
            return Ok(String::from_utf8(out).expect("JSON is UTF-8"));
        }
        Kind::Generic => {
            let r = opts.parse_response(input)?;
            let mut out = format!(
                "{{\"returncode\":\"SUCCESS\",\"message_key\":{},\"message\":{},\"root\":",
                json!(r.message_key),
                json!(r.message)
            );
            write_element_json(&mut out, &r.root);
            out.push('}');
            return Ok(out);
        }
        Kind::ErrorRedirect => {
            let text = String::from_utf8_lossy(input);
            failed_json(&bbbkit::parse_error_redirect(&text)?)
        }
    };
    Ok(value.to_string())
}

fn run(cli: &Cli) -> Result<(), Failure> {
    match &cli.command {
        Command::Call(call) => call.run(&signing_server(cli)?)?,
        Command::Sign { call, params } => {
            let server = signing_server(cli)?;
            println!(
                "{}",
                server.api_url(call, params.iter().map(|(k, v)| (k, v)))?
            );
        }
        Command::Verify { url, call, allow } => {
            let secrets = verifying_secrets(cli)?;
            let mut verifier = Verifier::new(&secrets)?;
            if !allow.is_empty() {
                verifier = verifier.allow(allow);
            }
            let result = match call {
                Some(call) => verifier.verify(call, url),
                None => verifier.verify_url(url),
            };
            match result {
                Ok(ok) => {
                    println!("{}", ok.algorithm);
                    if secrets.len() > 1 {
                        eprintln!(
                            "bbbkit: matched secret #{} of {}",
                            ok.key_index + 1,
                            secrets.len()
                        );
                    }
                }
                Err(Error::Verify(e)) => return Err(Failure::Negative(format!("not valid: {e}"))),
                Err(e) => return Err(e.into()),
            }
        }
        Command::VerifyCallback { kind } => verify_callback(cli, kind)?,
        Command::EndCallbackUrl {
            url,
            meeting_id,
            expires,
        } => {
            let keys = CallbackVerifier::new(verifying_secrets(cli)?)?;
            println!("{}", keys.end_callback_url(url, meeting_id, *expires)?);
        }
        Command::Parse {
            file,
            kind,
            max_size,
            max_depth,
        } => {
            let opts = ParseOptions::default()
                .max_size(*max_size)
                .max_depth(*max_depth);
            let mut input = Vec::new();
            let read = match file.as_deref() {
                None | Some("-") => std::io::stdin().read_to_end(&mut input).map(|_| ()),
                Some(path) => std::fs::read(path).map(|b| input = b),
            };
            read.map_err(|e| Failure::Usage(format!("cannot read the response: {e}")))?;
            match parse(&input, *kind, opts) {
                Ok(v) if *kind == Kind::ErrorRedirect => {
                    println!("{v}");
                    return Err(Failure::Negative(String::new()));
                }
                Ok(v) => println!("{v}"),
                Err(Error::Api(e)) => {
                    println!("{}", failed_json(&e));
                    return Err(Failure::Negative(String::new()));
                }
                Err(e) => return Err(e.into()),
            }
        }
    }
    Ok(())
}

fn read_input(file: Option<&str>) -> Result<Vec<u8>, Failure> {
    let mut input = Vec::new();
    let read = match file {
        None | Some("-") => std::io::stdin().read_to_end(&mut input).map(|_| ()),
        Some(path) => std::fs::read(path).map(|b| input = b),
    };
    read.map_err(|e| Failure::Usage(format!("cannot read the input: {e}")))?;
    Ok(input)
}

fn verify_callback(cli: &Cli, kind: &CallbackKind) -> Result<(), Failure> {
    let secrets = verifying_secrets(cli)?;
    let verifier = CallbackVerifier::new(&secrets)?;
    let configure = |allow: &[JwtAlgorithm], now: Option<u64>| {
        let mut v = verifier.clone();
        if !allow.is_empty() {
            v = v.allow(allow);
        }
        if let Some(now) = now {
            v = v.now(now);
        }
        v
    };
    let refused = |e: CallbackError| Failure::Negative(format!("refused ({}): {e}", e.code()));
    let out = match kind {
        CallbackKind::RecordingReady { file, allow, now } => {
            let body = read_input(file.as_deref())?;
            let r = configure(allow, *now)
                .recording_ready(&body)
                .map_err(refused)?;
            let claims: Map<String, Value> = r
                .other_claims
                .iter()
                .map(|(k, v)| (k.clone(), serde_json::from_str(v).unwrap_or(Value::Null)))
                .collect();
            json!({"meeting_id": r.meeting_id, "record_id": r.record_id, "other_claims": claims,
                   "algorithm": r.algorithm.as_str(), "key_index": r.key_index})
        }
        CallbackKind::Analytics {
            authorization,
            allow,
            now,
        } => {
            let header = match authorization.as_deref() {
                Some(h) if h != "-" => h.to_owned(),
                _ => String::from_utf8_lossy(&read_input(None)?)
                    .trim()
                    .to_owned(),
            };
            let a = configure(allow, *now).analytics(&header).map_err(refused)?;
            json!({"expires_at": a.expires_at, "algorithm": a.algorithm.as_str(), "key_index": a.key_index})
        }
        CallbackKind::Webhook {
            url,
            authorization,
            file,
            v2,
            accept_replayable_v3_0_checksum,
        } => {
            let body = read_input(file.as_deref())?;
            let post = match (url, authorization) {
                (Some(url), None) => {
                    let mut schemes = WebhookSchemes::default();
                    if *v2 {
                        schemes = schemes.with_v2();
                    }
                    if *accept_replayable_v3_0_checksum {
                        schemes = schemes.with_replayable_v3_0_constant();
                    }
                    verifier.webhook(url, &body, schemes)
                }
                (None, Some(auth)) => verifier.webhook_bearer(auth, &body),
                _ => {
                    return Err(Failure::Usage(
                        "give --url (the callback URL with its checksum) or --authorization"
                            .to_owned(),
                    ))
                }
            }
            .map_err(refused)?;
            let events: Vec<Value> = post
                .events
                .iter()
                .map(|e| {
                    json!({"id": e.id, "internal_meeting_id": e.internal_meeting_id,
                           "external_meeting_id": e.external_meeting_id, "timestamp": e.timestamp,
                           "raw": serde_json::from_str::<Value>(&e.raw).unwrap_or(Value::Null)})
                })
                .collect();
            json!({"domain": post.domain, "timestamp": post.timestamp, "scheme": post.scheme.as_str(),
                   "algorithm": post.algorithm.map(Algorithm::as_str), "key_index": post.key_index,
                   "events": events})
        }
        CallbackKind::End { url, now } => {
            let e = configure(&[], *now).end_callback(url).map_err(refused)?;
            json!({"meeting_id": e.meeting_id, "recording_marks": e.recording_marks, "key_index": e.key_index})
        }
    };
    println!("{out}");
    Ok(())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Negative(msg)) => {
            if !msg.is_empty() {
                eprintln!("bbbkit: {msg}");
            }
            ExitCode::from(1)
        }
        Err(Failure::Usage(msg)) => {
            eprintln!("bbbkit: {msg}");
            ExitCode::from(2)
        }
    }
}
