//! The `bbbkit` command as a front end: it runs the shared join vectors, and its exit codes,
//! environment and secrecy rules are checked.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

fn bbbkit() -> Command {
    bbbkit_env(Command::new(env!("CARGO_BIN_EXE_bbbkit")))
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn vectors(file: &str) -> Vec<Value> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/vectors")
        .join(file);
    let v: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    v["cases"].as_array().unwrap().clone()
}

/// The command's flags, one per declared join parameter: `--` and the field in kebab case;
/// booleans sent only when true are bare flags.
fn join_args(case: &Value) -> Vec<String> {
    let srv = &case["server"];
    let req = &case["request"];
    let mut args: Vec<String> = vec![
        "--server".into(),
        srv["url"].as_str().unwrap().into(),
        "--secret".into(),
        srv["secret"].as_str().unwrap().into(),
        "--algorithm".into(),
        srv["algorithm"].as_str().unwrap().into(),
        "join".into(),
    ];
    for p in bbbkit::JoinRequest::PARAMETERS {
        let flag = format!("--{}", p.field.replace('_', "-"));
        match req.get(p.name) {
            Some(Value::Bool(true)) if p.only_when_true => args.push(flag),
            Some(Value::Bool(false)) if p.only_when_true => {}
            Some(Value::String(s)) => args.push(format!("{flag}={s}")),
            Some(Value::Bool(b)) => args.push(format!("{flag}={b}")),
            Some(Value::Number(n)) => args.push(format!("{flag}={n}")),
            _ => {}
        }
    }
    for (key, flag) in [("userdata", "--userdata"), ("extra", "--extra")] {
        for pair in req.get(key).and_then(Value::as_array).into_iter().flatten() {
            args.push(format!(
                "{flag}={}={}",
                pair[0].as_str().unwrap(),
                pair[1].as_str().unwrap()
            ));
        }
    }
    args
}

#[test]
fn join_vectors_through_the_command() {
    let mut failures = Vec::new();
    let (mut ran, mut skipped) = (0, 0);
    let cases = vectors("join.json");
    for case in &cases {
        let name = case["name"].as_str().unwrap();
        let req = &case["request"];
        // Names a shell flag cannot carry (empty meetingID/fullName, NUL) are still passed.
        // An argv string cannot hold NUL, and KEY=VALUE cannot carry a key with '='.
        if req.to_string().contains("\\u0000") || name == "userdata_key_equals" {
            skipped += 1;
            continue;
        }
        // A flag that is required by clap must be present even when empty.
        let mut args = join_args(case);
        if req.get("meetingID").is_none() {
            args.push("--meeting-id=".into());
        }
        ran += 1;
        let out = bbbkit().args(&args).output().unwrap();
        match case.get("url") {
            Some(url) => {
                if !out.status.success() || text(&out.stdout).trim_end() != url.as_str().unwrap() {
                    failures.push(format!(
                        "{name}: {} {}",
                        text(&out.stdout),
                        text(&out.stderr)
                    ));
                }
            }
            None => {
                let param = case["error"]["parameter"].as_str().unwrap();
                let err = text(&out.stderr);
                if out.status.code() != Some(2)
                    || !err.contains(&format!("`{param}`"))
                    || err.lines().count() != 1
                {
                    failures.push(format!(
                        "{name}: exit {:?}, stderr {err}",
                        out.status.code()
                    ));
                }
            }
        }
    }
    assert_eq!(ran + skipped, cases.len());
    assert!(skipped <= 2, "{skipped} cases skipped");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn sign_keeps_the_given_order_and_uses_the_algorithm() {
    let out = bbbkit()
        .args([
            "--server",
            "bbb.example.com",
            "--secret",
            "AFFE",
            "--algorithm",
            "sha1",
            "sign",
            "getMeetings",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    // The spec's known answer for getMeetings with secret AFFE.
    assert_eq!(
        text(&out.stdout),
        "https://bbb.example.com/bigbluebutton/api/getMeetings?checksum=e0a2f45a343479c590e64a9bdd673331adff2a75\n"
    );
}

#[test]
fn verify_exit_codes_and_rotation() {
    for case in vectors("verify.json") {
        let mut args: Vec<String> = Vec::new();
        for s in case["secrets"].as_array().unwrap() {
            args.extend(["--secret".into(), s.as_str().unwrap().into()]);
        }
        args.extend(["--server".into(), "bbb.example.com".into(), "verify".into()]);
        match case.get("url") {
            Some(u) => args.push(u.as_str().unwrap().into()),
            None => args.extend([
                case["query"].as_str().unwrap().into(),
                "--call".into(),
                case["call"].as_str().unwrap().into(),
            ]),
        }
        if let Some(allowed) = case.get("allowed").and_then(Value::as_array) {
            let list: Vec<&str> = allowed.iter().map(|a| a.as_str().unwrap()).collect();
            args.extend(["--allow".into(), list.join(",")]);
        }
        // A query that starts with '-' would be read as a flag; `--` would fix it, skip those.
        let out = bbbkit().args(&args).output().unwrap();
        let name = case["name"].as_str().unwrap();
        match case.get("error") {
            None => {
                assert_eq!(out.status.code(), Some(0), "{name}: {}", text(&out.stderr));
                assert_eq!(
                    text(&out.stdout).trim(),
                    case["algorithm"].as_str().unwrap(),
                    "{name}"
                );
            }
            Some(e) if e["kind"] == "invalid_parameter" => {
                assert_eq!(out.status.code(), Some(2), "{name}")
            }
            Some(_) => {
                assert_eq!(out.status.code(), Some(1), "{name}");
                assert!(
                    text(&out.stderr).starts_with("bbbkit: not valid: "),
                    "{name}"
                );
            }
        }
    }
}

#[test]
fn parse_prints_json_and_exit_codes() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
    let run = |file: &str, kind: &str| -> Output {
        bbbkit()
            .args(["parse", "--kind", kind])
            .arg(fixtures.join(file))
            .output()
            .unwrap()
    };
    let out = run("join_success_3.0.xml", "join");
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["returncode"], "SUCCESS");
    assert_eq!(v["session_token"], "ljbp2qalayrpgs3p");
    assert_eq!(v["guest_status"], "ALLOW");

    let out = run("error_multi.xml", "create");
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["returncode"], "FAILED");
    assert_eq!(v["errors"][1]["message_key"], "idNotUnique");

    assert_eq!(run("proxy_502.html", "generic").status.code(), Some(2));
    assert_eq!(run("billion_laughs.xml", "generic").status.code(), Some(2));

    let out = run("create_success.xml", "create");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["create_time"], 1715261728123_i64);
}

#[test]
fn environment_variables_and_demo_server() {
    let args = [
        "join",
        "--meeting-id",
        "room",
        "--full-name",
        "Ada",
        "--role",
        "viewer",
    ];
    let out = bbbkit().args(args).output().unwrap();
    assert!(out.status.success());
    assert!(text(&out.stdout).starts_with("https://bbb.example.com/bigbluebutton/api/join?"));
    let err = text(&out.stderr);
    assert!(
        err.contains("DEMO server") && err.lines().count() == 1,
        "{err}"
    );

    let out = bbbkit()
        .args(args)
        .env("BBB_URL", "bbb.school.example")
        .env("BBB_SECRET", "s")
        .output()
        .unwrap();
    assert!(text(&out.stdout).starts_with("https://bbb.school.example/bigbluebutton/api/join?"));
    assert!(out.stderr.is_empty());

    let out = bbbkit()
        .args(args)
        .env(
            "BIGBLUEBUTTON_ENDPOINT",
            "https://gl.example/bigbluebutton/api/",
        )
        .env("BIGBLUEBUTTON_SECRET", "s")
        .output()
        .unwrap();
    assert!(text(&out.stdout).starts_with("https://gl.example/bigbluebutton/api/join?"));

    let out = bbbkit()
        .args(args)
        .env("BBB_URL", "bbb.school.example")
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "a URL without a secret is a usage error"
    );
}

#[test]
fn secret_never_appears_in_output() {
    let secret = "Sup3r-S3cret-Value-9f8e";
    let runs: Vec<Vec<&str>> = vec![
        vec![
            "--secret",
            secret,
            "--server",
            "h.example",
            "join",
            "--meeting-id",
            "room",
            "--full-name",
            "A",
            "--role",
            "viewer",
        ],
        vec![
            "--secret",
            secret,
            "--server",
            "h.example",
            "join",
            "--meeting-id",
            "a,b",
            "--full-name",
            "A",
            "--role",
            "viewer",
        ],
        vec![
            "--secret",
            secret,
            "--server",
            "ftp://h.example",
            "sign",
            "create",
        ],
        vec![
            "--secret",
            secret,
            "--server",
            "h.example",
            "verify",
            "https://h.example/bigbluebutton/api/end?checksum=00",
        ],
        vec!["--secret", secret, "--help"],
        vec!["--secret", secret, "join", "--help"],
        vec![
            "--secret",
            secret,
            "--server",
            "h.example",
            "join",
            "--bogus",
        ],
    ];
    for args in runs {
        let out = bbbkit()
            .args(&args)
            .env("BBB_SECRET", secret)
            .output()
            .unwrap();
        let all = text(&out.stdout) + &text(&out.stderr);
        assert!(!all.contains(secret), "{args:?} printed the secret");
    }
    let out = bbbkit()
        .args(["--help"])
        .env("BBB_SECRET", secret)
        .output()
        .unwrap();
    assert!(text(&out.stdout).contains("Examples:"));
    assert!(!text(&out.stdout).contains(secret));
}

/// The demo secret is public: a URL signed with it must never verify. Without a configured
/// secret `verify` is a usage error (exit 2), whatever the checksum.
#[test]
fn verify_without_a_secret_is_a_usage_error_never_the_demo_secret() {
    // hashlib.sha256(b"endmeetingID=x" + b"bbbkit-demo-secret-not-for-real-servers").hexdigest()
    let forged = "https://h/bigbluebutton/api/end?meetingID=x&checksum=\
                  53e39d62a146b7b97f0dab4342bc60a8d9d833b61f4b9e01827441820628065a";
    for extra in [&[][..], &["--server", "h.example"][..]] {
        let out = bbbkit()
            .args(extra)
            .args(["verify", forged])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
        assert!(out.stdout.is_empty());
        let err = text(&out.stderr);
        assert!(err.contains("verify needs the shared secret"), "{err}");
        assert!(!err.contains("bbbkit-demo-secret"), "{err}");
    }
    // The callback verifiers and the end-callback signer refuse to run without one too.
    for args in [
        &["verify-callback", "recording-ready", "-"][..],
        &["verify-callback", "analytics", "Bearer x.y.z"][..],
        &[
            "verify-callback",
            "webhook",
            "--url",
            "https://a/b?checksum=00",
            "-",
        ][..],
        &["verify-callback", "end", "https://a/b?bbbkit_token=x"][..],
        &[
            "end-callback-url",
            "https://a/b",
            "--meeting-id",
            "m",
            "--expires",
            "1",
        ][..],
    ] {
        let out = bbbkit()
            .args(args)
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert!(
            text(&out.stderr).contains("needs the shared secret"),
            "{args:?}"
        );
    }
    // A secret from the environment alone is enough: no server URL is needed.
    let out = bbbkit()
        .args(["verify", forged])
        .env("BBB_SECRET", "bbbkit-demo-secret-not-for-real-servers")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}

/// Every example under `bbbkit --help` runs as shown. `$SECRET` is set, `bbbkit` is this
/// build, and `curl` answers with a recorded join response (no network here).
#[test]
fn every_help_example_runs() {
    let help = text(&bbbkit().arg("--help").output().unwrap().stdout);
    let examples = help
        .split("Examples:\n")
        .nth(1)
        .expect("an Examples section")
        .split("\n\n")
        .next()
        .unwrap()
        .replace("\\\n", " ");
    let bin = tempdir("help-examples");
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_bbbkit"), bin.join("bbbkit")).unwrap();
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/join_success_3.0.xml");
    let curl = bin.join("curl");
    std::fs::write(&curl, format!("#!/bin/sh\ncat '{}'\n", fixture.display())).unwrap();
    std::fs::set_permissions(&curl, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut ran = 0;
    for line in examples.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let out = bbbkit_env(Command::new("sh"))
            .args(["-ec", line])
            .env("PATH", &path)
            .env("SECRET", "example-secret")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "`{line}` failed: {}{}",
            text(&out.stdout),
            text(&out.stderr)
        );
        assert!(!out.stdout.is_empty(), "`{line}` printed nothing");
        ran += 1;
    }
    assert_eq!(ran, 7, "{examples}");
}

fn bbbkit_env(mut c: Command) -> Command {
    for var in [
        "BBB_URL",
        "BBB_SECRET",
        "BIGBLUEBUTTON_ENDPOINT",
        "BIGBLUEBUTTON_SECRET",
    ] {
        c.env_remove(var);
    }
    c
}

fn tempdir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("bbbkit-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn parse_limits_are_options() {
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/join_success_3.0.xml");
    let ok = bbbkit()
        .args(["parse", "--kind", "join"])
        .arg(&fixture)
        .output()
        .unwrap();
    assert_eq!(ok.status.code(), Some(0), "{}", text(&ok.stderr));
    let small = bbbkit()
        .args(["parse", "--kind", "join", "--max-size", "16"])
        .arg(&fixture)
        .output()
        .unwrap();
    assert_eq!(small.status.code(), Some(2));
    assert!(text(&small.stderr).contains("larger than the limit of 16 bytes"));
    let shallow = bbbkit()
        .args(["parse", "--max-depth", "1"])
        .arg(&fixture)
        .output()
        .unwrap();
    assert_eq!(shallow.status.code(), Some(2), "{}", text(&shallow.stderr));
}

/// The generic JSON has one shape whatever the number of children: `jq` paths written for
/// two meetings work for one and for none. Attributes are included.
#[test]
fn generic_json_has_one_shape() {
    let meetings = |n: usize| {
        let items: String = (0..n)
            .map(|i| format!("<meeting><meetingID>m{i}</meetingID></meeting>"))
            .collect();
        format!("<response><returncode>SUCCESS</returncode><meetings>{items}</meetings></response>")
    };
    for n in 0..3 {
        let mut child = bbbkit()
            .arg("parse")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(meetings(n).as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0));
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        let list = &v["root"]["children"][1];
        assert_eq!(list["name"], "meetings");
        let items = list["children"]
            .as_array()
            .expect("children is always a list");
        assert_eq!(items.len(), n);
        for (i, m) in items.iter().enumerate() {
            assert_eq!(m["children"][0]["text"], format!("m{i}"));
        }
    }
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/get_recordings_presentation.xml");
    let out = bbbkit().arg("parse").arg(fixture).output().unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut el = &v["root"];
    for step in [
        "recordings",
        "recording",
        "playback",
        "format",
        "preview",
        "images",
        "image",
    ] {
        el = el["children"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == step)
            .unwrap();
    }
    assert_eq!(el["attributes"]["width"], "176");
    assert_eq!(el["attributes"]["alt"], "Welcome & \"agenda\" é");
    assert!(el["text"].as_str().unwrap().ends_with("thumb-1.png"));
}

/// Every callbacks.json case through `verify-callback` (and `end-callback-url`): exit 0 with
/// the expected fields, 1 for a refusal with its code, 2 for a refused parameter.
#[test]
fn callback_vectors_through_the_command() {
    use std::io::Write;
    let cases = vectors("callbacks.json");
    let (mut ran, mut skipped) = (0, 0);
    let mut failures = Vec::new();
    for c in &cases {
        let name = c["name"].as_str().unwrap();
        if c.get("max_size").is_some() {
            skipped += 1;
            continue;
        }
        let mut args: Vec<String> = Vec::new();
        for s in c["secrets"].as_array().unwrap() {
            args.extend(["--secret".into(), s.as_str().unwrap().into()]);
        }
        let list = |key: &str| -> Option<String> {
            c.get(key).and_then(Value::as_array).map(|a| {
                a.iter()
                    .map(|x| x.as_str().unwrap())
                    .collect::<Vec<_>>()
                    .join(",")
            })
        };
        let now = c.get("now").map(|n| format!("--now={n}"));
        let mut stdin = String::new();
        match c["scheme"].as_str().unwrap() {
            "recording_ready" => {
                args.extend(["verify-callback".into(), "recording-ready".into()]);
                args.extend(list("allowed").map(|a| format!("--allow={a}")));
                args.extend(now);
                stdin = c["body"].as_str().unwrap().into();
            }
            "analytics" => {
                args.extend(["verify-callback".into(), "analytics".into()]);
                args.extend(list("allowed").map(|a| format!("--allow={a}")));
                args.extend(now);
                stdin = c["authorization"].as_str().unwrap().into();
            }
            "webhook" => {
                args.extend(["verify-callback".into(), "webhook".into()]);
                args.push(format!("--url={}", c["url"].as_str().unwrap()));
                let schemes = list("webhook_schemes").unwrap_or_default();
                if schemes.contains("v2") {
                    args.push("--v2".into());
                }
                if schemes.contains("v3.0-constant") {
                    args.push("--accept-replayable-v3-0-checksum".into());
                }
                stdin = c["body"].as_str().unwrap().into();
            }
            "webhook_bearer" => {
                args.extend(["verify-callback".into(), "webhook".into()]);
                args.push(format!(
                    "--authorization={}",
                    c["authorization"].as_str().unwrap()
                ));
                stdin = c["body"].as_str().unwrap().into();
            }
            "end_callback" => {
                args.extend(["verify-callback".into(), "end".into()]);
                args.push(c["url"].as_str().unwrap().into());
                args.extend(now);
            }
            "end_callback_url" => {
                args.extend(["end-callback-url".into(), c["url"].as_str().unwrap().into()]);
                args.push(format!(
                    "--meeting-id={}",
                    c["meeting_id"].as_str().unwrap()
                ));
                args.push(format!("--expires={}", c["expires_at"]));
            }
            other => panic!("unknown scheme {other}"),
        }
        ran += 1;
        let mut child = bbbkit()
            .args(&args)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(stdin.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
        let problem = match (c.get("expected"), c.get("error")) {
            (Some(want), _) if c["scheme"] == "end_callback_url" => {
                (stdout.trim() != want["url"].as_str().unwrap()).then(|| stdout.clone())
            }
            (Some(want), _) => {
                let got: Value = serde_json::from_str(&stdout).unwrap_or(Value::Null);
                let fields = want.as_object().unwrap();
                let bad = fields.iter().find(|(k, v)| match k.as_str() {
                    "other_claims" => {
                        let want: serde_json::Map<String, Value> = v
                            .as_array()
                            .unwrap()
                            .iter()
                            .map(|p| {
                                let (k, j) = (p[0].as_str().unwrap(), p[1].as_str().unwrap());
                                (k.to_owned(), serde_json::from_str(j).unwrap())
                            })
                            .collect();
                        got[k.as_str()] != Value::Object(want)
                    }
                    "events" => v.as_array().unwrap().iter().enumerate().any(|(i, e)| {
                        e.as_object().unwrap().iter().any(|(ek, ev)| {
                            let g = &got["events"][i][ek.as_str()];
                            if ek == "raw" {
                                *g != serde_json::from_str::<Value>(ev.as_str().unwrap()).unwrap()
                            } else {
                                g != ev
                            }
                        })
                    }),
                    _ => got[k.as_str()] != **v,
                });
                (!out.status.success() || bad.is_some()).then(|| format!("{stdout}{stderr}"))
            }
            (None, Some(e)) if e["kind"] == "invalid_parameter" => {
                (out.status.code() != Some(2)).then(|| stderr.clone())
            }
            (None, Some(e)) => {
                let code = e["kind"].as_str().unwrap();
                (out.status.code() != Some(1) || !stderr.contains(&format!("({code})")))
                    .then(|| stderr.clone())
            }
            _ => unreachable!(),
        };
        if let Some(p) = problem {
            failures.push(format!("{name}: exit {:?}: {p}", out.status.code()));
        }
    }
    assert_eq!(ran + skipped, cases.len());
    assert!(skipped <= 1, "{skipped} cases skipped");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn server_args(srv: &Value) -> Vec<String> {
    vec![
        "--server".into(),
        srv["url"].as_str().unwrap().into(),
        "--secret".into(),
        srv["secret"].as_str().unwrap().into(),
        "--algorithm".into(),
        srv["algorithm"].as_str().unwrap().into(),
    ]
}

/// `getRecordings` → `get-recordings`, `hooks/create` → `hooks-create`, written out here.
fn subcommand_of(call: &str) -> Option<&'static str> {
    Some(match call {
        "create" => "create",
        "end" => "end",
        "isMeetingRunning" => "is-meeting-running",
        "getMeetingInfo" => "get-meeting-info",
        "getMeetings" => "get-meetings",
        "getRecordings" => "get-recordings",
        "publishRecordings" => "publish-recordings",
        "deleteRecordings" => "delete-recordings",
        "updateRecordings" => "update-recordings",
        "getRecordingTextTracks" => "get-recording-text-tracks",
        "putRecordingTextTrack" => "put-recording-text-track",
        "insertDocument" => "insert-document",
        "sendChatMessage" => "send-chat-message",
        "hooks/create" => "hooks-create",
        "hooks/destroy" => "hooks-destroy",
        "hooks/list" => "hooks-list",
        "join" => "join",
        _ => return None,
    })
}

/// Every calls.json case through its subcommand, each parameter as `--param NAME=VALUE` (set
/// by its BBB name, in order) and each extra one as `--extra NAME=VALUE`, printed as JSON.
#[test]
fn call_vectors_through_the_subcommands() {
    let mut ran = 0;
    for case in vectors("calls.json") {
        let name = case["name"].as_str().unwrap();
        let Some(sub) = subcommand_of(case["call"].as_str().unwrap()) else {
            assert!(
                case.get("error").is_some(),
                "{name}: unknown call without an error"
            );
            continue;
        };
        // A command line cannot carry a NUL byte; the core's own runner covers those cases.
        if case["params"].to_string().contains("\\u0000") {
            continue;
        }
        let mut args = server_args(&case["server"]);
        args.push(sub.into());
        args.push("--json".into());
        for (key, flag) in [("params", "--param"), ("extra", "--extra")] {
            for p in case
                .get(key)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                args.push(format!(
                    "{flag}={}={}",
                    p[0].as_str().unwrap(),
                    p[1].as_str().unwrap()
                ));
            }
        }
        let out = bbbkit().args(&args).output().unwrap();
        match case.get("error") {
            None => {
                assert!(out.status.success(), "{name}: {}", text(&out.stderr));
                let got: Value = serde_json::from_slice(&out.stdout).unwrap();
                assert_eq!(got, case["expected"], "{name}");
            }
            Some(e) => {
                assert_eq!(out.status.code(), Some(2), "{name}: {}", text(&out.stdout));
                let param = format!("`{}`", e["parameter"].as_str().unwrap());
                assert!(
                    text(&out.stderr).contains(&param),
                    "{name}: {}",
                    text(&out.stderr)
                );
                assert!(out.stdout.is_empty(), "{name}");
            }
        }
        ran += 1;
    }
    assert!(ran > 80, "{ran}");
}

/// BBB reads the first value of a repeated parameter: a flag and a `--param` of the same name,
/// or a `--param` given twice, are refused naming the parameter, never signed with the last
/// value (calls.json's `*_repeated_*` cases run through `--param` above).
#[test]
fn a_repeated_parameter_is_refused_naming_it() {
    let srv = "--server|https://bbb.example.com|--secret|s3cr3t-s3cr3t";
    let runs = [
        (
            "create|--meeting-id|cs101|--name|CS 101|--record|true|--param|record=false",
            "record",
        ),
        (
            "create|--meeting-id|cs101|--name|CS 101|--param|meetingID=cs102",
            "meetingID",
        ),
        (
            "join|--meeting-id|m1|--full-name|Ada|--role|viewer|--param|role=MODERATOR",
            "role",
        ),
        (
            "join|--meeting-id|m1|--full-name|Ada|--role|viewer|--role|moderator",
            "role",
        ),
    ];
    for (args, param) in runs {
        let out = bbbkit()
            .args(srv.split('|'))
            .args(args.split('|'))
            .output()
            .unwrap();
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            out.stdout.is_empty(),
            "{args:?} printed {}",
            text(&out.stdout)
        );
        assert!(
            err.contains(&format!("`{param}`")) || err.contains(&format!("--{param}")),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn create_flags_come_from_the_declaration() {
    let case = vectors("calls.json")
        .into_iter()
        .find(|c| c["name"] == "create_breakout_room")
        .unwrap();
    let mut args = server_args(&case["server"]);
    args.extend(
        [
            "create",
            "--meeting-id",
            "cs101",
            "--name",
            "CS 101",
            "--is-breakout",
            "--parent-meeting-id",
            "2f1b9a7c-1718000000000",
            "--sequence",
            "2",
            "--free-join",
            "false",
        ]
        .map(String::from),
    );
    let out = bbbkit().args(&args).output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout).trim(),
        case["expected"]["url"].as_str().unwrap()
    );

    // A bare boolean flag means true; --meta pairs keep their order.
    let out = bbbkit()
        .args(server_args(&case["server"]))
        .args([
            "create",
            "--meeting-id",
            "cs101",
            "--name",
            "CS 101",
            "--record",
            "--meta",
            "a=1",
            "--meta",
            "b=2",
        ])
        .output()
        .unwrap();
    let url = text(&out.stdout);
    assert!(
        url.contains("meetingID=cs101&record=true&meta_a=1&meta_b=2&checksum="),
        "{url}"
    );
}

#[test]
fn a_create_with_a_document_needs_json_output() {
    let out = bbbkit()
        .args([
            "create",
            "--meeting-id",
            "cs101",
            "--name",
            "CS 101",
            "--document",
            "https://f.example.com/a.pdf",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("--json"),
        "{}",
        text(&out.stderr)
    );
    let out = bbbkit()
        .args([
            "create",
            "--meeting-id",
            "cs101",
            "--name",
            "CS 101",
            "--document",
            "https://f.example.com/a.pdf",
            "--json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["method"], "POST");
    assert_eq!(v["content_type"], "application/xml");
    assert!(v["body"]
        .as_str()
        .unwrap()
        .contains(r#"<document url="https://f.example.com/a.pdf""#));
}

#[test]
fn a_missing_required_parameter_is_named_by_bbbkit() {
    let out = bbbkit()
        .args(["create", "--name", "CS 101"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("invalid parameter `meetingID`: is required"),
        "{}",
        text(&out.stderr)
    );
}

/// Every answers.json case through `parse --kind KIND`: exit 0 with `returncode` SUCCESS and
/// exactly the expected fields; exit 1 with the server's errors for FAILED; exit 2 for what is
/// not a BBB answer.
#[test]
fn answer_vectors_through_the_command() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
    let cases = vectors("answers.json");
    assert!(cases.len() > 100);
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let mut cmd = bbbkit();
        cmd.args(["parse", "--kind", case["kind"].as_str().unwrap()]);
        if let Some(max) = case.get("max_size") {
            cmd.args(["--max-size", &max.to_string()]);
        }
        let out = if let Some(f) = case.get("fixture") {
            cmd.arg(fixtures.join(f.as_str().unwrap()))
                .output()
                .unwrap()
        } else {
            use std::io::Write;
            let mut child = cmd
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap();
            child
                .stdin
                .take()
                .unwrap()
                .write_all(case["input"].as_str().unwrap().as_bytes())
                .unwrap();
            child.wait_with_output().unwrap()
        };
        match (case.get("expected"), case.get("error")) {
            (Some(want), _) => {
                assert_eq!(out.status.code(), Some(0), "{name}: {}", text(&out.stderr));
                let mut got: Value = serde_json::from_slice(&out.stdout).unwrap();
                assert_eq!(got["returncode"], "SUCCESS", "{name}");
                got.as_object_mut().unwrap().remove("returncode");
                assert_eq!(&got, want, "{name}");
            }
            (None, Some(e)) if e["kind"] == "api" => {
                assert_eq!(out.status.code(), Some(1), "{name}: {}", text(&out.stderr));
                let got: Value = serde_json::from_slice(&out.stdout).unwrap();
                assert_eq!(got["returncode"], "FAILED", "{name}");
                let errors: Vec<Value> = e["errors"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .enumerate()
                    .map(|(i, d)| {
                        // Every error of these cases means what the first one means.
                        let kind = if i == 0 { &e["api_kind"] } else { &got["errors"][i]["kind"] };
                        serde_json::json!({"message_key": d["key"], "message": d["message"], "kind": kind})
                    })
                    .collect();
                assert_eq!(got["errors"], Value::Array(errors), "{name}");
                assert_eq!(got["kind"], e["api_kind"], "{name}");
                let details: serde_json::Map<String, Value> = e["details"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|p| (p[0].as_str().unwrap().to_owned(), p[1].clone()))
                    .collect();
                assert_eq!(got["details"], Value::Object(details), "{name}");
            }
            (None, Some(_)) => {
                assert_eq!(out.status.code(), Some(2), "{name}: {}", text(&out.stdout));
                assert!(out.stdout.is_empty(), "{name}");
            }
            (None, None) => panic!("{name}: no expectation"),
        }
    }
}

/// `--kind` offers every kind the core declares, plus `generic` and `error-redirect`.
#[test]
fn parse_kinds_are_the_cores() {
    let out = bbbkit().args(["parse", "--help"]).output().unwrap();
    let help = text(&out.stdout);
    for kind in [
        "join",
        "create",
        "meeting-info",
        "meetings",
        "running",
        "end",
        "recordings",
        "publish",
        "delete",
        "update",
        "text-tracks",
        "put-text-track",
        "insert-document",
        "chat",
        "hook-create",
        "hook-destroy",
        "hooks",
        "generic",
        "error-redirect",
    ] {
        assert!(
            help.contains(&format!("- {kind}:")),
            "{kind} missing from {help}"
        );
    }
    let bad = bbbkit().args(["parse", "--kind", "nope"]).output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
}

/// 100,000 nested elements with the largest `--max-depth`: the whole tree printed, never a
/// stack overflow (a recursive conversion or printer aborted at 60,000).
#[test]
fn parse_prints_a_100000_deep_answer_at_the_largest_max_depth() {
    const LEVELS: usize = 100_000;
    let dir = tempdir("deep");
    let file = dir.join("deep.xml");
    let xml = format!(
        "<response><returncode>SUCCESS</returncode>{}deep{}</response>",
        "<a>".repeat(LEVELS),
        "</a>".repeat(LEVELS)
    );
    std::fs::write(&file, xml).unwrap();
    let out = bbbkit()
        .args(["parse", "--max-depth", &usize::MAX.to_string()])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let json = text(&out.stdout);
    let element = "{\"name\":\"a\",\"attributes\":{},\"text\":\"\",\"children\":[";
    let expected = format!(
        "{{\"returncode\":\"SUCCESS\",\"message_key\":null,\"message\":null,\"root\":\
         {{\"name\":\"response\",\"attributes\":{{}},\"text\":\"\",\"children\":[\
         {{\"name\":\"returncode\",\"attributes\":{{}},\"text\":\"SUCCESS\",\"children\":[]}},\
         {}{}]}}{}]}}}}\n",
        element.repeat(LEVELS - 1),
        "{\"name\":\"a\",\"attributes\":{},\"text\":\"deep\",\"children\":[",
        "]}".repeat(LEVELS - 1),
    );
    assert!(
        json == expected,
        "unexpected output of {} bytes",
        json.len()
    );
    let refused = bbbkit().arg("parse").arg(&file).output().unwrap();
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        text(&refused.stderr).contains("32"),
        "{}",
        text(&refused.stderr)
    );
}

/// `join`'s `--param NAME=VALUE` sets a declared parameter or a `userdata-` pair by its BBB
/// name, as every call's does: the same URL as the flags.
#[test]
fn param_sets_by_name_as_a_flag_does() {
    let base = [
        "join",
        "--meeting-id",
        "m1",
        "--full-name",
        "Ada",
        "--role",
        "viewer",
    ];
    let run = |more: &[&str]| {
        let out = bbbkit().args(base).args(more).output().unwrap();
        assert!(out.status.success(), "{}", text(&out.stderr));
        text(&out.stdout)
    };
    let by_flags = run(&["--guest", "--userdata", "bbb_x=1"]);
    assert!(
        by_flags.contains("&guest=true&userdata-bbb_x=1&checksum="),
        "{by_flags}"
    );
    assert_eq!(
        run(&["--param", "guest=true", "--param", "userdata-bbb_x=1"]),
        by_flags
    );
}
