//! One handler per verb: checked arguments in, a request out, a view handed to the printer.

mod create;
mod delete;
mod list;
mod resolve;
mod sandbox;
mod toggle;
mod update;

use std::io::{BufWriter, Stdout};

use crate::api::Client;
use crate::cli::{Cli, Command, GlobalArgs, KeysCommand, SandboxCommand};
use crate::config;
use crate::error::Result;
use crate::render::Printer;

/// What every handler works with: the printer and, made on first use, the API client
/// (so `completions` and `man` need no key and no network) and with `--sandbox` the private
/// sandbox it talks to, which lives as long as the command.
#[derive(Debug)]
pub struct Context<'a> {
    global: &'a GlobalArgs,
    pub printer: Printer<BufWriter<Stdout>>,
    client: Option<Client>,
    sandbox: Option<crate::sandbox::Running>,
}

impl Context<'_> {
    pub fn client(&mut self) -> Result<&Client> {
        if self.global.sandbox && self.sandbox.is_none() {
            self.sandbox = Some(crate::sandbox::start_private()?);
        }
        if self.client.is_none() {
            let options = config::client_options(self.global, self.sandbox.as_ref())?;
            self.client = Some(Client::new(options)?);
        }
        Ok(self
            .client
            .as_ref()
            .unwrap_or_else(|| unreachable!("client was just set")))
    }
}

/// Applies `action` to each item in turn, stopping at the first failure. What succeeded
/// before it is returned too, so the caller can report keys that did change.
fn until_failure<T, R>(
    items: &[T],
    mut action: impl FnMut(&T) -> Result<R>,
) -> (Vec<R>, Option<crate::error::Error>) {
    let mut done = Vec::with_capacity(items.len());
    for item in items {
        match action(item) {
            Ok(result) => done.push(result),
            Err(error) => return (done, Some(error)),
        }
    }
    (done, None)
}

pub fn run(cli: Cli) -> Result<()> {
    let output = config::output(&cli.global);
    let mut context = Context {
        global: &cli.global,
        printer: Printer::new(BufWriter::new(std::io::stdout()), output),
        client: None,
        sandbox: None,
    };
    let result = dispatch(&cli.command, &mut context);
    // Whatever was printed before a failure (say, keys deleted before one failed) still counts.
    let flushed = context.printer.flush();
    result?;
    Ok(flushed?)
}

fn dispatch(command: &Command, context: &mut Context) -> Result<()> {
    match command {
        Command::Keys(verb) | Command::Verb(verb) => match verb {
            KeysCommand::List(args) => list::run(args, context),
            KeysCommand::Get(args) => list::get(args, context),
            KeysCommand::Create(args) => create::run(args, context),
            KeysCommand::Update(args) => update::run(args, context),
            KeysCommand::Delete(args) => delete::run(args, context),
            KeysCommand::Enable(args) => toggle::run(&args.keys, false, context),
            KeysCommand::Disable(args) => toggle::run(&args.keys, true, context),
        },
        Command::Current => {
            let current = context.client()?.current_key()?;
            Ok(context.printer.current(&current)?)
        }
        Command::Sandbox(SandboxCommand::Serve(args)) => sandbox::serve(args, context),
        Command::Sandbox(SandboxCommand::Reset(args)) => sandbox::reset(args),
        Command::Completions { shell } => {
            let mut out = Vec::new();
            clap_complete::generate(*shell, &mut crate::cli::command(), "orkeys", &mut out);
            Ok(context.printer.raw(&out)?)
        }
        Command::Man => {
            let mut out = Vec::new();
            clap_mangen::Man::new(crate::cli::command()).render(&mut out)?;
            Ok(context.printer.raw(&out)?)
        }
    }
}
