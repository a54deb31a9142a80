use clap::Parser;

fn main() {
    let cli = marsad::cli::Cli::parse();
    let code = match marsad::cli::run(cli) {
        Ok(code) => code,
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
