//! Shell completions and the man page, generated from the clap definitions.

use super::Cli;
use clap::CommandFactory;

/// The completion script for `shell`.
pub fn completions(shell: clap_complete::Shell) -> String {
    let mut cmd = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "transcheck", &mut out);
    String::from_utf8(out).expect("completion scripts are UTF-8")
}

/// The man page `transcheck(1)` in roff: clap_mangen's page for the program, then one
/// section per subcommand with its synopsis line and options.
pub fn man() -> String {
    let mut cmd = Cli::command();
    cmd.build();
    let mut out = Vec::new();
    clap_mangen::Man::new(cmd.clone())
        .render(&mut out)
        .expect("rendering to memory cannot fail");
    let mut text = String::from_utf8(out).expect("the man page is UTF-8");
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        if sub.get_name() == "help" {
            continue;
        }
        let mut page = Vec::new();
        clap_mangen::Man::new(sub.clone())
            .render_options_section(&mut page)
            .expect("rendering to memory cannot fail");
        let page = String::from_utf8(page).expect("UTF-8");
        let about = sub.get_about().map(|a| a.to_string()).unwrap_or_default();
        text.push_str(&format!(
            ".SH \"TRANSCHECK {}\"\n{}\n",
            sub.get_name().to_uppercase(),
            about.replace('\n', " ")
        ));
        // Subsections instead of top-level OPTIONS headings.
        text.push_str(&page.replace(".SH ", ".SS "));
    }
    text
}
