import ArgumentParser

@main
struct ICP: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "icp",
        abstract: "Build the ICP Filing Handbook and check draft filings.",
        subcommands: [BuildCommand.self, ServeCommand.self, CheckCommand.self, RulesCommand.self]
    )
}
