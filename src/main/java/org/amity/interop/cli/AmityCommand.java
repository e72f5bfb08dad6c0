package org.amity.interop.cli;

import picocli.CommandLine.Command;

@Command(name = "amity", mixinStandardHelpOptions = true, version = "Amity 0.1",
		description = "Imports and exports Amity's registry of city partnerships.",
		subcommands = { ImportCommand.class, ExportCommand.class })
class AmityCommand {
}
