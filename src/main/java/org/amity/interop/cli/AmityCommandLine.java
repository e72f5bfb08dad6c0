package org.amity.interop.cli;

import java.util.Set;

import org.springframework.boot.CommandLineRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

/**
 * Runs a command ({@code import ...}, {@code export ...}) given on the command line, with the Spring context as the
 * factory of picocli's commands, and keeps the exit code for the entry point to return.
 */
@Component
@Profile("cli")
public class AmityCommandLine implements CommandLineRunner {

	private static final Set<String> COMMANDS = Set.of("import", "export", "help", "--help", "-h");

	private final CommandLine.IFactory factory;
	private int exitCode;

	AmityCommandLine(CommandLine.IFactory factory) {
		this.factory = factory;
	}

	/** Whether the arguments name a command rather than options for the web application. */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && COMMANDS.contains(args[0]);
	}

	@Override
	public void run(String... args) {
		exitCode = new CommandLine(new AmityCommand(), factory).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
	}

	public int exitCode() {
		return exitCode;
	}
}
