//! One subcommand per declared API call (`join`, `create`, `get-recordings`, `hooks-create`,
//! …), its flags built from the core's declared parameters: `--meeting-id` for `meetingID`,
//! `--meta KEY=VALUE` for the `meta_` pairs (`--userdata` for join's `userdata-`), `--document
//! URL` for a body document.

use bbbkit::{ApiRequest, Param, ParamType, PreparedRequest, Rule, Server};
use clap::{Arg, ArgAction, ArgMatches, Command, FromArgMatches, Subcommand};
use serde_json::json;

use crate::{parse_pair, Failure};

/// A declared call and its parameters as given, in declaration order, then `--param`'s; and
/// the parameters newer than bbbkit (`--extra`), never read as declared ones.
#[derive(Debug)]
pub(crate) struct CallCommand {
    call: &'static str,
    params: Vec<(String, String)>,
    extra: Vec<(String, String)>,
    json: bool,
}

/// `getRecordings` → `get-recordings`, `hooks/create` → `hooks-create`.
fn subcommand_name(call: &str) -> String {
    let mut out = String::new();
    for c in call.chars() {
        match c {
            '/' => out.push('-'),
            c if c.is_ascii_uppercase() => {
                out.push('-');
                out.push(c.to_ascii_lowercase());
            }
            c => out.push(c),
        }
    }
    out
}

/// The calls with a subcommand of their own: every declared one.
fn calls() -> impl Iterator<Item = &'static str> {
    ApiRequest::CALLS.iter().copied()
}

fn flag_id(p: &Param) -> String {
    match p.ty {
        ParamType::Documents => "document".to_owned(),
        _ => p.field.replace('_', "-"),
    }
}

fn arg_for(i: usize, p: &Param) -> Arg {
    let id = flag_id(p);
    let mut help = format!("{}: {}", p.name, p.doc);
    for rule in p.rules {
        if let Rule::OneOf(values) = rule {
            if !matches!(p.ty, ParamType::Features) {
                help = format!("{help} One of {values} (any case).");
            }
        }
    }
    let arg = Arg::new(id.clone()).long(id).display_order(i);
    match p.ty {
        _ if p.only_when_true => arg.help(help).action(ArgAction::SetTrue),
        ParamType::Boolean => arg
            .help(format!("{help} A bare flag means true."))
            .value_name("true|false")
            .num_args(0..=1)
            .default_missing_value("true")
            .value_parser(["true", "false"]),
        ParamType::Meta => arg
            .help(format!("{}KEY=VALUE (repeatable). {}", p.name, p.doc))
            .value_name("KEY=VALUE")
            .action(ArgAction::Append)
            .value_parser(parse_pair),
        ParamType::Documents => arg
            .help(format!(
                "A document URL, or its JSON form (repeatable). {} Needs --json.",
                p.doc
            ))
            .value_name("URL|JSON")
            .action(ArgAction::Append),
        ty => arg.help(help).value_name(match ty {
            ParamType::Integer => "INTEGER",
            ParamType::Url => "URL",
            ParamType::List | ParamType::Features | ParamType::States => "A,B,…",
            ParamType::Groups | ParamType::PluginManifests | ParamType::Json => "JSON",
            _ => "TEXT",
        }),
    }
}

fn subcommand(call: &'static str) -> Command {
    let params = ApiRequest::parameters_of(call).unwrap_or_default();
    let mut cmd = Command::new(subcommand_name(call))
        .about(format!("Print the signed URL of `{call}`."))
        .after_help(format!(
            "Flags come from bbbkit's declaration of `{call}`; bbbkit checks every rule, the \
             required parameters included. --param NAME=VALUE sets any parameter by its BBB \
             name, or adds one newer than bbbkit; --extra NAME=VALUE adds one newer than bbbkit \
             and is refused when NAME is a declared parameter's (in any case), a declared \
             prefix or checksum."
        ));
    for (i, p) in params.iter().enumerate() {
        cmd = cmd.arg(arg_for(i, p));
    }
    cmd.arg(
        Arg::new("param")
            .long("param")
            .value_name("NAME=VALUE")
            .help("Any other parameter, NAME=VALUE (repeatable).")
            .action(ArgAction::Append)
            .value_parser(parse_pair),
    )
    .arg(
        Arg::new("extra")
            .long("extra")
            .value_name("NAME=VALUE")
            .help(
                "A parameter newer than bbbkit, NAME=VALUE, sent after the declared ones and \
                 never read as one (repeatable).",
            )
            .action(ArgAction::Append)
            .value_parser(parse_pair),
    )
    .arg(
        Arg::new("json")
            .long("json")
            .action(ArgAction::SetTrue)
            .help(
                "Print method, URL, content type and body as JSON (needed when there is a body).",
            ),
    )
}

impl FromArgMatches for CallCommand {
    fn from_arg_matches(m: &ArgMatches) -> Result<Self, clap::Error> {
        let (name, sub) = m
            .subcommand()
            .ok_or_else(|| clap::Error::new(clap::error::ErrorKind::MissingSubcommand))?;
        let call = calls()
            .find(|c| subcommand_name(c) == name)
            .ok_or_else(|| clap::Error::new(clap::error::ErrorKind::InvalidSubcommand))?;
        let mut params = Vec::new();
        let pairs = |id: &str| -> Vec<(String, String)> {
            sub.get_many::<(String, String)>(id)
                .map(|v| v.cloned().collect())
                .unwrap_or_default()
        };
        for p in ApiRequest::parameters_of(call).unwrap_or_default() {
            let id = flag_id(p);
            match p.ty {
                _ if p.only_when_true => {
                    if sub.get_flag(&id) {
                        params.push((p.name.to_owned(), "true".to_owned()));
                    }
                }
                ParamType::Meta => {
                    for (k, v) in pairs(&id) {
                        params.push((format!("{}{k}", p.name), v));
                    }
                }
                ParamType::Documents => {
                    for d in sub.get_many::<String>(&id).into_iter().flatten() {
                        let json = if d.trim_start().starts_with(['{', '[']) {
                            d.clone()
                        } else {
                            json!({ "url": d }).to_string()
                        };
                        params.push((p.name.to_owned(), json));
                    }
                }
                _ => {
                    if let Some(v) = sub.get_one::<String>(&id) {
                        params.push((p.name.to_owned(), v.clone()));
                    }
                }
            }
        }
        params.extend(pairs("param"));
        Ok(CallCommand {
            call,
            params,
            extra: pairs("extra"),
            json: sub.get_flag("json"),
        })
    }

    fn update_from_arg_matches(&mut self, m: &ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(m)?;
        Ok(())
    }
}

impl Subcommand for CallCommand {
    fn augment_subcommands(mut cmd: Command) -> Command {
        for call in calls() {
            cmd = cmd.subcommand(subcommand(call));
        }
        cmd
    }

    fn augment_subcommands_for_update(cmd: Command) -> Command {
        Self::augment_subcommands(cmd)
    }

    fn has_subcommand(name: &str) -> bool {
        calls().any(|c| subcommand_name(c) == name)
    }
}

fn prepared_json(p: &PreparedRequest) -> serde_json::Value {
    json!({
        "method": p.method.as_str(),
        "url": p.url,
        "content_type": p.content_type,
        "file_field": p.file_field,
        "body": p.body.as_deref().map(String::from_utf8_lossy),
    })
}

impl CallCommand {
    /// Prints the signed URL, or with `--json` the whole prepared request.
    pub(crate) fn run(&self, server: &Server) -> Result<(), Failure> {
        let mut req = ApiRequest::new(self.call)?;
        for (name, value) in &self.params {
            req.set(name, value)?;
        }
        for (name, value) in &self.extra {
            req.add_param(name, value);
        }
        let prepared = server.prepare_request(&req)?;
        if self.json {
            println!("{}", prepared_json(&prepared));
        } else if prepared.body.is_some() {
            return Err(Failure::Usage(format!(
                "`{}` with a body is a POST: add --json to get the URL, content type and body",
                self.call
            )));
        } else {
            if prepared.method.as_str() != "GET" {
                eprintln!(
                    "bbbkit: `{}` is sent as {}{}",
                    self.call,
                    prepared.method,
                    prepared
                        .file_field
                        .map(|f| format!(" multipart/form-data with the file in the field `{f}`"))
                        .unwrap_or_default()
                );
            }
            println!("{}", prepared.url);
        }
        Ok(())
    }
}
