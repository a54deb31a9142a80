use clap::Parser;

fn main() {
    let cli = marsad::cli::Cli::parse();
    let code = match marsad::cli::run(cli) {
        Ok(code) => code,
        // `marsad search … | head`: the reader left; that is not an error worth a message.
        Err(e) if e.chain().any(is_broken_pipe) => 0,
        Err(e) => {
            // One line per cause, outermost first: what failed, then why.
            eprintln!("marsad: {e}");
            for cause in e.chain().skip(1) {
                eprintln!("  caused by: {cause}");
            }
            1
        }
    };
    std::process::exit(code);
}

fn is_broken_pipe(e: &(dyn std::error::Error + 'static)) -> bool {
    let pipe = |io: &std::io::Error| io.kind() == std::io::ErrorKind::BrokenPipe;
    e.downcast_ref::<std::io::Error>().is_some_and(pipe)
        || e.downcast_ref::<csv::Error>()
            .is_some_and(|c| matches!(c.kind(), csv::ErrorKind::Io(io) if pipe(io)))
        || e.downcast_ref::<serde_json::Error>()
            .and_then(|j| j.io_error_kind())
            == Some(std::io::ErrorKind::BrokenPipe)
}
