//! The `orkeys` binary.

fn main() -> std::process::ExitCode {
    orkeys::main()
}
