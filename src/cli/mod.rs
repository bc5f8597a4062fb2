//! The command line: `check`, `align`, `rules`, `explain`, `eval`.

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(
    name = "transcheck",
    version,
    about = "Checks a translation against its original"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Measure alignment and detection quality on the evaluation data (see docs/evaluation.md).
    Eval {
        /// The data folder (`../shared/data` in the project layout).
        #[arg(long)]
        data: PathBuf,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[arg(long, default_value_t = 0.1)]
        rate: f64,
        /// Every MT system, not only the reference and the weakest one.
        #[arg(long)]
        all_systems: bool,
    },
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Eval {
            data,
            seed,
            rate,
            all_systems,
        } => {
            let opts = crate::eval::EvalOptions {
                seed,
                rate,
                all_systems,
            };
            match crate::eval::alignment_report(&data, &opts) {
                Ok(s) => {
                    print!("{s}");
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("transcheck: error: {e}");
                    ExitCode::from(2)
                }
            }
        }
    }
}
