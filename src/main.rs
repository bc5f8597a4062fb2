fn main() -> std::process::ExitCode {
    transcheck::cli::main()
}
