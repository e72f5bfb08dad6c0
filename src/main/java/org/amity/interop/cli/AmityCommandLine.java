package org.amity.interop.cli;

import java.util.Set;

/** Placeholder replaced by the picocli command line in the next commit. */
public class AmityCommandLine {

	private static final Set<String> COMMANDS = Set.of("import", "export");

	public static boolean isCommand(String[] args) {
		return args.length > 0 && COMMANDS.contains(args[0]);
	}

	public int exitCode() {
		return 0;
	}
}
