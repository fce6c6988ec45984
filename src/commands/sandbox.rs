//! `sandbox serve` and `sandbox reset`.

use std::io::Write;
use std::sync::mpsc;
use std::time::Duration;

use super::Context;
use crate::cli::{ResetArgs, ServeArgs};
use crate::error::{Error, Kind, Result};
use crate::notice;
use crate::sandbox::{self, Fresh, Options, Store};

/// Serves until Ctrl-C or SIGTERM. The export lines go to stdout (they are the data a caller
/// needs); everything else to stderr.
pub fn serve(args: &ServeArgs, context: &mut Context) -> Result<()> {
    let store = Store::at_or_default(args.state.as_deref())?;
    let fresh = Fresh::new(args.seed, args.keys);
    // Generated keys go into a new file only: an existing sandbox may hold keys someone
    // still needs, and resetting it is `sandbox reset`'s job.
    if let Some(count) = args.keys {
        if !sandbox::create_new(&store, fresh)? {
            return Err(refuse_to_fill(&store, args, count));
        }
    }
    let keys = sandbox::check_state(&store, fresh)?;
    let (stop, stopped) = mpsc::channel();
    ctrlc::set_handler(move || {
        let _ = stop.send(());
    })
    .map_err(|e| Error::new(Kind::Io, format!("could not watch for Ctrl-C: {e}")))?;

    let faults = args.faults.clone().unwrap_or_default();
    let drills = !faults.is_empty();
    let running = sandbox::server::start(Options {
        bind: args.bind,
        port: args.port,
        store: store.clone(),
        page_size: usize::from(args.page_size),
        latency: Duration::from_millis(args.latency),
        faults,
        seed: args.seed,
        fresh,
    })?;
    let base_url = running.base_url();
    let exports = format!(
        "export OPENROUTER_BASE_URL={base_url}\n\
         export OPENROUTER_MANAGEMENT_KEY={}\n\
         # ordinary (non-management) key: {}\n",
        sandbox::MANAGEMENT_KEY,
        sandbox::ORDINARY_KEY
    );
    context.printer.raw(exports.as_bytes())?;
    context.printer.flush()?;
    notice::notice(&format!(
        "sandbox serving {base_url} ({keys} keys in {})",
        store.path().display()
    ));
    if drills {
        notice::notice("failure drills are on (--faults)");
    }
    if !args.bind.is_loopback() {
        notice::warning("the sandbox is reachable from other machines; its keys are public");
    }
    notice::notice("press Ctrl-C to stop");
    let _ = std::io::stderr().flush();

    let _ = stopped.recv();
    // Dropping the server lets the requests in flight finish; state writes are atomic anyway.
    drop(running);
    notice::notice("sandbox stopped");
    Ok(())
}

fn refuse_to_fill(store: &Store, args: &ServeArgs, count: usize) -> Error {
    let state = args
        .state
        .as_ref()
        .map(|path| format!(" --state {}", path.display()))
        .unwrap_or_default();
    Error::usage(format!(
        "{} already exists, and --keys only fills a new state file",
        store.path().display()
    ))
    .with_hint(format!(
        "start it over with `orkeys sandbox reset --keys {count}{state}`, \
         or serve a new file with --state NEW_PATH"
    ))
}

pub fn reset(args: &ResetArgs) -> Result<()> {
    let store = Store::at_or_default(args.state.as_deref())?;
    let keys = sandbox::reset(&store, Fresh::new(args.seed, args.keys))?;
    let what = match args.keys {
        Some(_) => format!("{keys} generated keys"),
        None => "fresh example keys".to_string(),
    };
    notice::notice(&format!(
        "the sandbox starts over with {what} ({})",
        store.path().display()
    ));
    Ok(())
}
