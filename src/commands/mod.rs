//! One handler per verb: checked settings and arguments in, requests out, a view handed to
//! the printer.

mod apply;
mod audit;
mod bulk;
mod config;
mod create;
mod current;
mod export;
mod get;
mod list;
mod man;
mod pick;
mod plan;
mod rotate;
mod sandbox;
mod secret_delivery;
mod update;
mod usage;

use std::io::{BufWriter, Stdout};

use crate::api::paging::{self, Paging};
use crate::api::types::{CurrentKey, Key, ListQuery};
use crate::api::Client;
use crate::cli::{Cli, Command, ConfigCommand, KeysCommand, SandboxCommand};
use crate::config::{Given, Settings, Shown};
use crate::error::{Error, Result};
use crate::manifest::apply::Applied;
use crate::render::columns::check;
use crate::render::views::audit::AuditRow;
use crate::render::views::plan::PlanLine;
use crate::render::views::usage::UsageLine;
use crate::render::views::{Outcome, Step};
use crate::render::{Printer, Progress};
use crate::select::Search;

/// What every handler works with: the settings, the printer, and the API.
#[derive(Debug)]
pub struct Context {
    pub settings: Settings,
    pub printer: Printer<BufWriter<Stdout>>,
    pub api: Api,
}

/// The API client, made on first use (so `completions` and `man` need no key and no
/// network), and with `--sandbox` the private sandbox it talks to, which lives as long as the
/// command.
#[derive(Debug, Default)]
pub struct Api {
    client: Option<Client>,
    sandbox: Option<crate::sandbox::Running>,
}

impl Api {
    pub fn client(&mut self, settings: &Settings) -> Result<&Client> {
        if settings.sandbox && self.sandbox.is_none() {
            self.sandbox = Some(crate::sandbox::start_private()?);
        }
        if self.client.is_none() {
            let options = settings.client_options(self.sandbox.as_ref())?;
            self.client = Some(Client::new(options)?);
        }
        Ok(self
            .client
            .as_ref()
            .unwrap_or_else(|| unreachable!("client was just set")))
    }
}

impl Context {
    /// A KEY search in the workspace given by a command's `--workspace-id`, else the one the
    /// environment or profile names, else the default workspace.
    pub fn search(&mut self, workspace: Option<&String>) -> Result<Search<'_>> {
        let workspace = self.settings.workspace(workspace);
        let concurrency = self.settings.concurrency;
        let client = self.api.client(&self.settings)?;
        let progress = self.settings.output.progress;
        Ok(Search::new(client, workspace, concurrency).with_progress(progress))
    }

    /// A whole listing, every page of it, with progress while a person watches.
    pub fn read_all(&mut self, query: &ListQuery) -> Result<Vec<Key>> {
        let concurrency = self.settings.concurrency;
        let mut progress = Progress::counter(self.settings.output.progress, "listing keys…");
        let client = self.api.client(&self.settings)?;
        paging::collect(client, query, Paging::all(concurrency), &mut |n| {
            progress.set(n)
        })
    }
}

pub fn run(cli: Cli, given: Given) -> Result<()> {
    // Commands that need no API never read the config file, so a broken one cannot stop them.
    let load_config = !matches!(
        cli.command,
        Command::Completions { .. }
            | Command::Man { .. }
            | Command::Config(ConfigCommand::Path | ConfigCommand::Init)
    );
    let settings = Settings::from_args(&cli.global, given, load_config)?;
    check_fields(&cli.command, settings.output.fields.as_deref())?;
    check_output_flags(&cli.command, &cli.global)?;
    let printer = Printer::new(BufWriter::new(std::io::stdout()), settings.output.clone());
    let mut context = Context {
        settings,
        printer,
        api: Api::default(),
    };
    let result = dispatch(&cli.command, &mut context);
    // Whatever was printed before a failure (say, keys deleted before one failed) still counts.
    let flushed = context.printer.flush();
    result?;
    flushed
}

/// `--fields` is checked against the command's view before anything else happens.
fn check_fields(command: &Command, fields: Option<&[String]>) -> Result<()> {
    let Some(fields) = fields else {
        return Ok(());
    };
    if fields.is_empty() {
        // `--fields "$UNSET"` must not quietly print empty rows.
        return Err(Error::usage("--fields needs at least one field name")
            .with_hint("name the fields to show, comma-separated, or leave --fields out"));
    }
    match command {
        Command::Keys(verb) | Command::Verb(verb) => match verb {
            KeysCommand::List(_) | KeysCommand::Get(_) | KeysCommand::Update(_)
                if fields.iter().any(|f| f == "key") =>
            {
                Err(Error::usage(
                    "the field 'key' is a new key's secret: only create and rotate have it",
                ))
            }
            KeysCommand::List(_)
            | KeysCommand::Get(_)
            | KeysCommand::Create(_)
            | KeysCommand::Update(_) => check::<Key>(Some(fields)),
            KeysCommand::Delete(args) | KeysCommand::Enable(args) | KeysCommand::Disable(args) => {
                // --dry-run lists the keys; otherwise each key's outcome is printed.
                if args.dry_run && fields.iter().any(|f| f == "key") {
                    Err(Error::usage(
                        "the field 'key' is a new key's secret: only create and rotate have it",
                    ))
                } else if args.dry_run {
                    check::<Key>(Some(fields))
                } else {
                    check::<Outcome>(Some(fields))
                }
            }
        },
        Command::Current => check::<CurrentKey>(Some(fields)),
        Command::Rotate(args) if args.dry_run => check::<Step>(Some(fields)),
        Command::Rotate(_) => check::<Key>(Some(fields)),
        Command::Usage(_) => check::<UsageLine>(Some(fields)),
        Command::Plan(_) => check::<PlanLine>(Some(fields)),
        Command::Apply(_) => check::<Applied>(Some(fields)),
        Command::Export(_) => Err(Error::usage(
            "--fields does not apply to export: a manifest holds every managed field",
        )),
        Command::Audit(_) => check::<AuditRow>(Some(fields)),
        Command::Config(ConfigCommand::Show) => check::<Shown>(Some(fields)),
        Command::Sandbox(_)
        | Command::Config(_)
        | Command::Completions { .. }
        | Command::Man { .. } => Err(Error::usage(
            "--fields applies only to commands that print keys or settings",
        )),
    }
}

/// `--json`, `--format` and `--jq` on a command whose output is not data (a manifest, a
/// path, a script, a man page) would be silently ignored: refused instead.
fn check_output_flags(command: &Command, global: &crate::cli::GlobalArgs) -> Result<()> {
    let given = if global.jq.is_some() {
        "--jq"
    } else if global.json {
        "--json"
    } else if global.format.is_some() {
        "--format"
    } else {
        return Ok(());
    };
    let (what, instead) = match command {
        Command::Export(_) => (
            "export writes a TOML manifest",
            "for the keys as data, use orkeys list --json",
        ),
        Command::Config(ConfigCommand::Path) => (
            "config path prints a file's path",
            "for the settings as data, use orkeys config show --json",
        ),
        Command::Config(ConfigCommand::Init) => (
            "config init writes a config file",
            "for the settings as data, use orkeys config show --json",
        ),
        Command::Completions { .. } => ("completions prints a shell script", "leave it out"),
        Command::Man { .. } => ("man prints a man page", "leave it out"),
        Command::Sandbox(SandboxCommand::Serve(_)) => (
            "sandbox serve prints shell settings to eval",
            "leave it out",
        ),
        Command::Sandbox(SandboxCommand::Reset(_)) => {
            ("sandbox reset prints no data", "leave it out")
        }
        _ => return Ok(()),
    };
    Err(Error::usage(format!("{given} does not apply: {what}")).with_hint(instead))
}

fn dispatch(command: &Command, context: &mut Context) -> Result<()> {
    match command {
        Command::Keys(verb) | Command::Verb(verb) => match verb {
            KeysCommand::List(args) => list::run(args, context),
            KeysCommand::Get(args) => get::run(args, context),
            KeysCommand::Create(args) => create::run(args, context),
            KeysCommand::Update(args) => update::run(args, context),
            KeysCommand::Delete(args) => bulk::run(bulk::Action::Delete, args, context),
            KeysCommand::Enable(args) => bulk::run(bulk::Action::Enable, args, context),
            KeysCommand::Disable(args) => bulk::run(bulk::Action::Disable, args, context),
        },
        Command::Current => current::run(context),
        Command::Rotate(args) => rotate::run(args, context),
        Command::Usage(args) => usage::run(args, context),
        Command::Export(args) => export::run(args, context),
        Command::Plan(args) => plan::run(args, context),
        Command::Apply(args) => apply::run(args, context),
        Command::Audit(args) => audit::run(args, context),
        Command::Sandbox(SandboxCommand::Serve(args)) => sandbox::serve(args, context),
        Command::Sandbox(SandboxCommand::Reset(args)) => sandbox::reset(args),
        Command::Completions { shell } => {
            let mut out = Vec::new();
            clap_complete::generate(*shell, &mut crate::cli::command(), "orkeys", &mut out);
            context.printer.raw(&out)
        }
        Command::Man { dir } => man::run(dir.as_deref(), context),
        Command::Config(ConfigCommand::Show) => config::show(context),
        Command::Config(ConfigCommand::Path) => config::path(context),
        Command::Config(ConfigCommand::Init) => config::init(),
    }
}

/// Prints each key's outcome, and fails when any key's action failed, with the first
/// failure's class (so the exit code says what went wrong), message and hint. An action on a
/// single key that failed is reported as that failure alone.
fn report_outcomes(mut outcomes: Vec<Outcome>, context: &mut Context) -> Result<()> {
    if outcomes.len() == 1 && !outcomes[0].ok() {
        if let Some(Outcome {
            result: Err(error), ..
        }) = outcomes.pop()
        {
            return Err(error);
        }
    }
    context.printer.list(&outcomes)?;
    let failed = outcomes.iter().filter(|o| !o.ok()).count();
    let Some((first, verb)) = outcomes
        .iter()
        .find_map(|o| o.result.as_ref().err().map(|e| (e, o.action)))
    else {
        return Ok(());
    };
    let mut error = Error::new(
        first.kind,
        format!(
            "{failed} of {} keys could not be {}; the first failure: {}",
            outcomes.len(),
            past_tense(verb),
            first.message
        ),
    );
    error.status = first.status;
    error.hint = first.hint.clone();
    Err(error)
}

fn past_tense(verb: &str) -> &str {
    match verb {
        "delete" => "deleted",
        "disable" => "disabled",
        "enable" => "enabled",
        other => other,
    }
}
